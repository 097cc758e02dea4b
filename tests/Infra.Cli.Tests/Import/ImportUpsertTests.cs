using System.Text.RegularExpressions;
using Infra.Cli.Tests.Support;

namespace Infra.Cli.Tests.Import;

/// <summary>Re-imports change what changed and report new / changed / unchanged / removed counts.</summary>
public sealed partial class ImportUpsertTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task Reimport_reports_new_changed_unchanged_and_removed_when_asked()
    {
        var db = _temp.File("infra.db");
        var first = _temp.WriteText("liegenschaften-a.geojson", Sites(("A", "Kita Nord", 7.46), ("B", "Kita Süd", 7.47), ("C", "Rathaus", 7.48)));
        var (code1, out1) = await CliRunner.RunAsync("import", "--db", db, first);
        Assert.Equal(0, code1);
        Assert.Equal((3, 0, 0, 0), Counts(out1));

        // B renamed, C moved away (dropped from the file), D new.
        var second = _temp.WriteText("liegenschaften-b.geojson", Sites(("A", "Kita Nord", 7.46), ("B", "Kita Süd-West", 7.47), ("D", "Bibliothek", 7.49)));
        var (code2, out2) = await CliRunner.RunAsync("import", "--db", db, second);
        Assert.Equal(0, code2);
        Assert.Equal((1, 1, 1, 0), Counts(out2));
        Assert.Contains("site C ", await DatabaseSnapshot.TakeAsync(db), StringComparison.Ordinal);

        var (code3, out3) = await CliRunner.RunAsync("import", "--db", db, "--remove-missing", second);
        Assert.Equal(0, code3);
        Assert.Equal((0, 0, 3, 1), Counts(out3));
        var snapshot = await DatabaseSnapshot.TakeAsync(db);
        Assert.DoesNotContain("site C ", snapshot, StringComparison.Ordinal);
        Assert.Contains("Kita Süd-West", snapshot, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_writes_every_layer_and_reimporting_it_changes_nothing()
    {
        var db = _temp.File("infra.db");
        var sites = _temp.WriteText("liegenschaften.geojson", Sites(("A", "Kita Nord", 7.46), ("B", "Kita Süd", 7.47)));
        Assert.Equal(0, (await CliRunner.RunAsync("import", "--db", db, sites)).Code);

        foreach (var crs in new[] { "EPSG:4326", "EPSG:25832" })
        {
            var folder = _temp.File("export-" + crs.Replace(':', '-'));
            var (code, output) = await CliRunner.RunAsync("export", "--db", db, "--out", folder, "--crs", crs);
            Assert.True(code == 0, output);
            foreach (var layer in new[] { "sites", "routes", "access-points", "streets", "hubs", "obstacles" })
            {
                Assert.True(File.Exists(Path.Combine(folder, layer + ".geojson")), layer);
            }

            var (again, againOutput) = await CliRunner.RunAsync("import", "--db", db, "--layer", "sites", Path.Combine(folder, "sites.geojson"));
            Assert.Equal(0, again);
            Assert.Equal((0, 0, 2, 0), Counts(againOutput));
        }
    }

    public void Dispose() => _temp.Dispose();

    private static (int New, int Changed, int Unchanged, int Removed) Counts(string output)
    {
        var m = SitesRow().Match(output);
        Assert.True(m.Success, output);
        return (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value), int.Parse(m.Groups[3].Value), int.Parse(m.Groups[4].Value));
    }

    private static string Sites(params (string Id, string Name, double Lon)[] sites) =>
        "{\"type\":\"FeatureCollection\",\"features\":[" + string.Join(",", sites.Select(s =>
            $$$"""{"type":"Feature","id":"{{{s.Id}}}","geometry":{"type":"Point","coordinates":[{{{s.Lon.ToString(System.Globalization.CultureInfo.InvariantCulture)}}},51.51]},"properties":{"name":"{{{s.Name}}}","kind":"Kita","district":"Eving","users":40}}""")) + "]}";

    [GeneratedRegex(@"Liegenschaften\s*│\s*(\d+)\s*│\s*(\d+)\s*│\s*(\d+)\s*│\s*(\d+)")]
    private static partial Regex SitesRow();
}
