using Infra.Cli.Tests.Support;

namespace Infra.Cli.Tests.Import;

/// <summary>
/// The app's own export, as GeoJSON, GeoPackage or Shapefile, re-imported in either CRS, is the same data: every feature reported unchanged and the
/// database file byte for byte as before (no write at all). Real schools of Dortmund (WGS84 in the CSV), the synthetic
/// LWL, access points, hubs and buildings, and a hand-made district: all layers but the 25,000 streets.
/// </summary>
public sealed class ExportReimportTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("EPSG:4326", "geojson")]
    [InlineData("EPSG:25832", "geojson")]
    [InlineData("EPSG:4326", "gpkg")]
    [InlineData("EPSG:25832", "gpkg")]
    [InlineData("EPSG:4326", "shp")]
    [InlineData("EPSG:25832", "shp")]
    public async Task Reimport_of_the_export_reports_every_feature_unchanged_and_leaves_the_database_byte_identical(string crs, string format)
    {
        var db = _temp.File("infra.db");
        var district = _temp.WriteText("bezirk.geojson", """
            {"type":"FeatureCollection","features":[{"type":"Feature","id":"DO","geometry":{"type":"Polygon","coordinates":[[[7.30,51.40],[7.65,51.40],[7.65,51.62],[7.30,51.62],[7.30,51.40]]]},"properties":{"name":"Dortmund"}}]}
            """);
        string[] geodata = ["schulen-dortmund-2024-25.csv", "lwl-trassen-synthetisch.geojson", "lwl-zugangspunkte-synthetisch.geojson",
            "richtfunk-standorte-synthetisch.geojson", "gebaeude-synthetisch.geojson"];
        var (code, output) = await CliRunner.RunAsync(["import", "--db", db, district, .. geodata.Select(f => Path.Combine(RepoPaths.Geodata, f))]);
        Assert.True(code == 0, output);
        var folder = _temp.File("export");
        var (exportCode, exported) = await CliRunner.RunAsync("export", "--db", db, "--out", folder, "--crs", crs, "--format", format);
        Assert.True(exportCode == 0, exported);
        var before = await File.ReadAllBytesAsync(db);

        var files = Directory.GetFiles(folder).Where(f => Path.GetExtension(f) is ".geojson" or ".gpkg" or ".shp").Order(StringComparer.Ordinal);
        var (again, againOutput) = await CliRunner.RunAsync(["import", "--db", db, .. files]);

        Assert.True(again == 0, againOutput);
        var rows = againOutput.Split('\n').Where(l => l.Contains('│', StringComparison.Ordinal) && char.IsAsciiDigit(l.TrimEnd().TrimEnd('│').TrimEnd()[^1])).ToArray();
        Assert.Equal(6, rows.Length);
        Assert.All(rows, r => Assert.Matches(@"│\s*0\s*│\s*0\s*│\s*[1-9][0-9.]*\s*│\s*0\s*│", r));
        var after = await File.ReadAllBytesAsync(db);
        Assert.True(before.SequenceEqual(after), "the database file changed");
    }
}
