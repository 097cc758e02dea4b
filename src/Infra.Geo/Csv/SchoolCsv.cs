using System.Globalization;
using Infra.Core.Inputs;
using Infra.Core.Network;
using Infra.Core.Sites;
using Infra.Geo.GeoJson;
using Infra.Geo.Layers;
using NetTopologySuite.Geometries;

namespace Infra.Geo.Csv;

/// <summary>
/// Reads a school list in the columns of the official NRW school directory (IT.NRW, geocoded; e.g.
/// geodata/schulen-dortmund-2024-25.csv) into <see cref="Site"/>s of kind school, located in EPSG:25832. Works for
/// any city or the whole state: nothing here depends on Dortmund.
/// </summary>
/// <remarks>
/// Required columns: <c>schulnummer,name,rechtsstatus,schueler,latitude,longitude</c>; the published
/// <c>zusatz,schulform,strasse,plz,ort</c> and the derived <c>stadtbezirk</c> may be present or not. Id
/// <c>SCH-&lt;schulnummer&gt;</c>; users = pupils; in scope when <c>rechtsstatus</c> is "Öffentlich" (private
/// schools, "Privat", are kept out of scope); district from <c>stadtbezirk</c> when given, else empty (filled from a
/// districts layer by <see cref="DistrictAssigner"/>). Every problem is collected; errors name the 1-based line,
/// column and school number. Other columns are ignored with a warning.
/// </remarks>
public static class SchoolCsv
{
    /// <summary>The columns this reader needs.</summary>
    public static IReadOnlyList<string> RequiredColumns { get; } = ["schulnummer", "name", "rechtsstatus", "schueler", "latitude", "longitude"];

    /// <summary>Further columns of the official list that are read or knowingly ignored.</summary>
    public static IReadOnlyList<string> OptionalColumns { get; } = ["zusatz", "schulform", "strasse", "plz", "ort", "stadtbezirk"];

    private static readonly GeometryFactory Factory = new(new PrecisionModel(), Srid.Etrs89Utm32);

    /// <summary>The source label of a list without <c>--quelle</c>: the directory and the file it came from.</summary>
    public static string DefaultSource(string path) =>
        $"Schulverzeichnis NRW (IT.NRW, dl-de/by-2-0), Datei {Path.GetFileName(path)}";

    /// <summary>Whether a CSV header (its first line) is a school list: it has a <c>schulnummer</c> column.</summary>
    public static bool IsSchoolList(IEnumerable<string> header) => header.Contains("schulnummer", StringComparer.Ordinal);

    public static IReadOnlyList<Site> Read(string path, string? source = null) => LayerFiles.Items<Site>(ReadLayer(path, source));

    /// <summary>Reads the list; <paramref name="source"/> labels every school (default <see cref="DefaultSource"/>).</summary>
    public static LayerContent ReadLayer(string path, string? source = null)
    {
        var table = CsvTable.Read(path, RequiredColumns);
        source ??= DefaultSource(path);
        var sites = new List<Site>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var hasDistrict = table.Has("stadtbezirk");
        foreach (var row in table.Rows)
        {
            var before = table.Errors.Count;
            var number = table.Text(row, "schulnummer", null);
            if (number is not null && !seen.TryAdd(number, row.Line))
            {
                table.Error(row, "schulnummer", number, $"duplicate schulnummer {number}: also on line {seen[number]}");
            }

            var name = table.Text(row, "name", number);
            var status = table.Text(row, "rechtsstatus", number);
            if (status is not null and not ("Öffentlich" or "Privat"))
            {
                table.Error(row, "rechtsstatus", number, $"unknown value '{status}'; expected Öffentlich or Privat");
            }

            var pupils = table.Integer(row, "schueler", number);
            var district = hasDistrict ? table.Text(row, "stadtbezirk", number, required: false) : "";
            var location = table.Location(row, "latitude", "longitude", number);
            if (table.Errors.Count > before || location is not { } xy)
            {
                continue;
            }

            sites.Add(new Site
            {
                Id = new SiteId("SCH-" + number),
                Name = name!,
                Kind = SiteKind.School,
                Location = Factory.CreatePoint(new Coordinate(xy.X, xy.Y)),
                District = district ?? "",
                Users = pupils!.Value,
                InScope = status == "Öffentlich",
                Synthetic = false,
                Source = source,
            });
        }

        InputErrorLimit.ThrowIfAny(table.Errors, path);
        var known = RequiredColumns.Concat(OptionalColumns).ToArray();
        var warnings = table.Columns.Where(c => !known.Contains(c, StringComparer.Ordinal))
            .Select(c => new InputError(path, null, null, c, string.Create(CultureInfo.InvariantCulture,
                $"line 1: unknown column '{c}' is ignored; did you mean '{PropertyWarnings.Nearest(c, known)}'?")))
            .ToList();
        return new LayerContent(LayerSchema.Sites, path, sites, warnings);
    }
}
