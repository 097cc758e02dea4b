using System.Text;
using Infra.Core.Inputs;
using Infra.Core.Sites;
using Infra.Geo.Crs;
using Infra.Geo.Csv;
using Infra.Geo.Layers;
using Infra.Geo.Tests.GeoJson;
using Infra.Synthetic.Tests;

namespace Infra.Geo.Tests.Csv;

public sealed class CsvTests : IDisposable
{
    private const string Header = "schulnummer,name,zusatz,schulform,strasse,plz,ort,rechtsstatus,schueler,stadtbezirk,latitude,longitude";
    private const string Good = "129150,Steinhammerschule,Städt. Gem. Grundschule Marten,Grundschule,Schulte-Heuthaus-Str. 28,44379,Dortmund,Öffentlich,200,Lütgendortmund,51.5080039,7.3852511";
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string Geodata(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "geodata", name);
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException($"geodata/{name} not found above {AppContext.BaseDirectory}");
    }

    private string Schools(params string[] rows) => _temp.WriteText("schulen.csv", string.Join("\n", rows.Prepend(Header)) + "\n");

    private static InputError Single(string path)
    {
        var ex = Assert.Throws<InputException>(() => SchoolCsv.Read(path));
        return Assert.Single(ex.Errors);
    }

    [Fact]
    public void Read_real_school_file_gives_169_schools_159_in_scope()
    {
        var schools = SchoolCsv.Read(Geodata("schulen-dortmund-2024-25.csv"));

        Assert.Equal(169, schools.Count);
        Assert.Equal(159, schools.Count(s => s.InScope));
        Assert.Equal(169, schools.Select(s => s.Id).Distinct().Count());
        Assert.All(schools, s => Assert.Equal(
            (SiteKind.School, false, "Schulverzeichnis NRW (IT.NRW, dl-de/by-2-0), Datei schulen-dortmund-2024-25.csv"), (s.Kind, s.Synthetic, s.Source)));
        Assert.All(schools, s => Assert.StartsWith("SCH-", s.Id.Value, StringComparison.Ordinal));
        Assert.Equal(12, schools.Select(s => s.District).Distinct().Count());
        Assert.Equal(25, schools.Count(s => s.District == "Innenstadt-West"));
        Assert.Equal(88_075, schools.Sum(s => s.Users));
        Assert.All(schools, s => Assert.InRange(s.Location.X, 380_000, 405_000));
        Assert.All(schools, s => Assert.InRange(s.Location.Y, 5_700_000, 5_716_000));
    }

    [Fact]
    public void Read_first_real_school_has_expected_values()
    {
        var first = SchoolCsv.Read(Geodata("schulen-dortmund-2024-25.csv"))[0];
        var (x, y) = CrsTransform.ToUtm32(7.3852511, 51.5080039);

        Assert.Equal(("SCH-129150", "Steinhammerschule", "Lütgendortmund", 200, true), (first.Id.Value, first.Name, first.District, first.Users, first.InScope));
        Assert.Equal(Math.Round(x, 2), first.Location.X);
        Assert.Equal(Math.Round(y, 2), first.Location.Y);
        Assert.Equal(25832, first.Location.SRID);
    }

    [Fact]
    public void Read_real_district_file_matches_the_converted_centres()
    {
        var centres = DistrictCsv.Read(Geodata("stadtbezirke-dortmund.csv"));

        Assert.Equal(12, centres.Count);
        foreach (var (expected, _) in DortmundInputs.Districts)
        {
            var actual = Assert.Single(centres, c => c.Name == expected.Name);
            Assert.True(Math.Abs(actual.X - expected.X) < 1 && Math.Abs(actual.Y - expected.Y) < 1, $"{expected.Name}: {actual}");
        }
    }

    [Fact]
    public void Read_private_school_is_kept_out_of_scope_and_quoted_fields_work()
    {
        var site = Assert.Single(SchoolCsv.Read(Schools(
            "188888,\"Schule am See, privat\",\"Zusatz \"\"A\"\"\",Gymnasium,Seestr. 1,44137,Dortmund,Privat,321,Hörde,51.48,7.50")));

        Assert.Equal(("SCH-188888", "Schule am See, privat", false, 321), (site.Id.Value, site.Name, site.InScope, site.Users));
    }

    [Fact]
    public void Read_missing_column_is_named()
    {
        var path = _temp.WriteText("s.csv", Header.Replace(",schueler", "", StringComparison.Ordinal) + "\n");

        var error = Single(path);

        Assert.Equal("schueler", error.Property);
        Assert.StartsWith("line 1: missing column 'schueler'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("schueler", "viele", "schueler", "line 3: 'viele' is not a whole number")]
    [InlineData("schueler", "-4", "schueler", "line 3: -4 is below 0")]
    [InlineData("latitude", "", "latitude", "line 3: the value is empty")]
    [InlineData("latitude", "51,50", "latitude", "line 3: '51,50' is not a number (use a point as decimal separator)")]
    [InlineData("latitude", "95", "latitude,longitude", "line 3: latitude 95 is out of range -90..90")]
    [InlineData("rechtsstatus", "kirchlich", "rechtsstatus", "line 3: unknown value 'kirchlich'; expected Öffentlich or Privat")]
    [InlineData("name", "", "name", "line 3: the value is empty")]
    public void Read_bad_value_names_line_column_and_problem(string column, string value, string property, string message)
    {
        var fields = "129999,Name,,Grundschule,Str. 1,44137,Dortmund,Öffentlich,250,Hörde,51.48,7.50".Split(',');
        fields[Array.IndexOf(Header.Split(','), column)] = value.Contains(',', StringComparison.Ordinal) ? $"\"{value}\"" : value;

        var error = Single(Schools(Good, string.Join(",", fields)));

        Assert.Equal(("129999", property, message), (error.FeatureId, error.Property, error.Message));
    }

    [Fact]
    public void Read_swapped_coordinates_are_reported()
    {
        var error = Single(Schools(Good.Replace("51.5080039,7.3852511", "7.3852511,51.5080039", StringComparison.Ordinal)));

        Assert.Equal(("129150", "latitude,longitude"), (error.FeatureId, error.Property));
        Assert.StartsWith("line 2: latitude and longitude look swapped", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_duplicate_schulnummer_names_both_lines()
    {
        var error = Single(Schools(Good, Good.Replace("Steinhammerschule", "Kopie", StringComparison.Ordinal)));

        Assert.Equal(("schulnummer", "line 3: duplicate schulnummer 129150: also on line 2"), (error.Property, error.Message));
    }

    [Fact]
    public void Read_wrong_field_count_and_unclosed_quote_are_reported()
    {
        var count = Single(Schools(Good, "129999,Name,extra"));
        Assert.Equal("line 3: the row has 3 fields, the header has 12", count.Message);

        var quote = Single(Schools(Good, "129999,\"Name,,,"));
        Assert.StartsWith("line 3: a quoted field is never closed", quote.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_latin1_file_is_not_utf8()
    {
        var path = _temp.WriteBytes("latin1.csv", Encoding.Latin1.GetBytes(Header + "\n" + Good + "\n"));

        var error = Single(path);

        Assert.Contains("not valid UTF-8: byte 0xE4 at line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_collects_errors_of_several_rows()
    {
        var ex = Assert.Throws<InputException>(() => SchoolCsv.Read(Schools(
            Good.Replace(",200,", ",x,", StringComparison.Ordinal),
            Good.Replace("129150", "129151", StringComparison.Ordinal).Replace("7.3852511", "700", StringComparison.Ordinal))));

        Assert.Equal(["line 2", "line 3"], ex.Errors.Select(e => e.Message[..6]).ToArray());
    }

    [Fact]
    public void ReadLayer_official_list_without_stadtbezirk_and_with_extra_column_gives_empty_districts_a_source_and_a_warning()
    {
        const string Official = "schulnummer,name,zusatz,schulform,strasse,plz,ort,rechtsstatus,schueler,latitude,longitude,schulform_kurz\n" +
            "193001,Grundschule am Dom,Städt. Grundschule,Grundschule,Domplatz 1,48143,Münster,Öffentlich,210,51.9625,7.6256,G\n";
        var path = _temp.WriteText("muenster.csv", Official);

        var layer = SchoolCsv.ReadLayer(path, "Schulverzeichnis NRW 2024/25");

        var site = Assert.Single(LayerFiles.Items<Core.Sites.Site>(layer));
        Assert.Equal(("SCH-193001", "", "Schulverzeichnis NRW 2024/25", 210), (site.Id.Value, site.District, site.Source, site.Users));
        var warning = Assert.Single(layer.Warnings);
        Assert.Equal("schulform_kurz", warning.Property);
        Assert.Contains("unknown column 'schulform_kurz' is ignored; did you mean 'schulform'?", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DistrictCsv_reports_bad_rows()
    {
        var path = _temp.WriteText("bezirke.csv", "stadtbezirk,schulen,latitude,longitude\nHörde,17,51.48,7.50\nHörde,x,51.48,7.50\n");

        var ex = Assert.Throws<InputException>(() => DistrictCsv.Read(path));

        Assert.Equal(["stadtbezirk", "schulen"], ex.Errors.Select(e => e.Property ?? "").ToArray());
        Assert.Equal("line 3: duplicate district 'Hörde': also on line 2", ex.Errors[0].Message);
    }
}
