using System.Text;
using Infra.Cli.Tests.Support;

namespace Infra.Cli.Tests.Import;

/// <summary>
/// Every kind of bad input the foundation issue names: the import exits with code 2, the message names the file, the
/// feature (index and id where there is one), the property and the problem, and the database is exactly as before.
/// </summary>
public sealed class ImportBadInputTests : IDisposable
{
    private const string GoodSites = """
        {"type":"FeatureCollection","features":[
         {"type":"Feature","id":"K-1","geometry":{"type":"Point","coordinates":[7.4652,51.5136]},"properties":{"name":"Kita Mitte","kind":"Kita","district":"Innenstadt West","users":60}},
         {"type":"Feature","id":"V-1","geometry":{"type":"Point","coordinates":[7.4701,51.5120]},"properties":{"name":"Stadthaus","kind":"Verwaltung","district":"Innenstadt West","users":300}}
        ]}
        """;

    private readonly TempFolder _temp = new();
    private readonly string _db;

    public ImportBadInputTests()
    {
        _db = _temp.File("infra.db");
    }

    public static TheoryData<string, string, string, string[]> Cases => new()
    {
        { "invalid JSON", "sites", """{"type":"FeatureCollection","features":[{"type":"Feature",""", ["invalid JSON", "line"] },
        { "wrong geometry type", "sites", Site("X-1", """{"type":"LineString","coordinates":[[7.46,51.51],[7.47,51.52]]}""", "Kita"), ["feature 0", "X-1", "geometry", "LineString"] },
        { "NaN coordinate", "sites", Site("X-1", """{"type":"Point","coordinates":["NaN",51.51]}""", "Kita"), ["feature 0", "X-1", "geometry.coordinates"] },
        { "empty coordinates", "sites", Site("X-1", """{"type":"Point","coordinates":[]}""", "Kita"), ["feature 0", "X-1", "geometry"] },
        { "lon/lat swapped", "sites", Site("X-1", """{"type":"Point","coordinates":[51.51,7.46]}""", "Kita"), ["feature 0", "X-1", "swapped"] },
        { "lon out of range", "sites", Site("X-1", """{"type":"Point","coordinates":[190.0,51.51]}""", "Kita"), ["feature 0", "X-1"] },
        { "metres declared as degrees", "sites", Site("X-1", """{"type":"Point","coordinates":[393000.5,5707000.25]}""", "Kita"), ["feature 0", "X-1", "metres", "--crs 25832"] },
        { "degrees declared as metres", "sites", Crs25832(Site("X-1", """{"type":"Point","coordinates":[7.46,51.51]}""", "Kita")), ["feature 0", "X-1", "degrees"] },
        { "duplicate ids", "sites", Collection(Feature("X-1", Point, Props("Kita")), Feature("X-1", Point, Props("Kita"))), ["feature 1", "X-1", "id"] },
        { "missing required property", "sites", Collection(Feature("X-1", Point, """{"kind":"Kita","district":"Eving"}""")), ["feature 0", "X-1", "name"] },
        { "unknown kind", "sites", Site("X-1", Point, "Schwimmbad"), ["feature 0", "X-1", "kind", "Schwimmbad", "Kita"] },
        { "negative demand", "sites", Collection(Feature("X-1", Point, """{"name":"A","kind":"Kita","district":"Eving","demand_mbps":-5}""")), ["feature 0", "X-1", "demand_mbps"] },
        { "self-intersecting line", "streets", Collection(Feature("S-1", """{"type":"LineString","coordinates":[[7.460,51.510],[7.470,51.520],[7.470,51.510],[7.460,51.520]]}""", "{}")), ["feature 0", "S-1", "self-intersecting"] },
        { "zero-length line", "streets", Collection(Feature("S-1", """{"type":"LineString","coordinates":[[7.460,51.510],[7.460,51.510]]}""", "{}")), ["feature 0", "S-1", "zero-length"] },
        { "not a FeatureCollection", "sites", """{"type":"Feature","geometry":null,"properties":{}}""", ["FeatureCollection"] },
    };

    private const string Point = """{"type":"Point","coordinates":[7.4652,51.5136]}""";

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_file_is_rejected_with_a_precise_message_and_the_database_is_unchanged(string name, string layer, string content, string[] expected)
    {
        var before = await ImportGoodAsync();
        var file = _temp.WriteText("bad.geojson", content);

        var (code, output) = await CliRunner.RunAsync("import", "--db", _db, "--layer", layer, file);

        Assert.True(code == 2, $"{name}: exit code {code}\n{output}");
        Assert.Contains("bad.geojson", output, StringComparison.Ordinal);
        foreach (var fragment in expected)
        {
            Assert.True(output.Contains(fragment, StringComparison.Ordinal), $"{name}: '{fragment}' missing in\n{output}");
        }

        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(_db));
    }

    [Fact]
    public async Task File_that_is_not_utf8_is_rejected()
    {
        var before = await ImportGoodAsync();
        var latin1 = Encoding.Latin1.GetBytes(Site("X-1", Point, "Kita").Replace("\"A\"", "\"Bücherei\"", StringComparison.Ordinal));
        var file = _temp.File("latin1.geojson");
        await File.WriteAllBytesAsync(file, latin1);

        var (code, output) = await CliRunner.RunAsync("import", "--db", _db, "--layer", "sites", file);

        Assert.Equal(2, code);
        Assert.Contains("UTF-8", output, StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(_db));
    }

    [Fact]
    public async Task File_larger_than_the_limit_is_rejected_before_reading()
    {
        var before = await ImportGoodAsync();
        var big = _temp.WriteText("big.geojson", GoodSites + new string(' ', 2 * 1024 * 1024));

        var (code, output) = await CliRunner.RunAsync("import", "--db", _db, "--layer", "sites", "--max-mb", "1", big);

        Assert.Equal(2, code);
        Assert.Contains("larger than the limit", output, StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(_db));
    }

    [Fact]
    public async Task One_bad_layer_rejects_every_layer_of_the_same_import()
    {
        var before = await ImportGoodAsync();
        var sites = _temp.WriteText("liegenschaften-neu.geojson", Site("NEW-1", Point, "Kita"));
        var streets = _temp.WriteText("strassen-neu.geojson", Collection(Feature("S-1", """{"type":"LineString","coordinates":[[7.46,51.51],[7.46,51.51]]}""", "{}")));

        var (code, _) = await CliRunner.RunAsync("import", "--db", _db, sites, streets);

        Assert.Equal(2, code);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(_db));
    }

    [Fact]
    public async Task Access_point_naming_an_unknown_route_is_refused_by_the_database_and_nothing_is_written()
    {
        var before = await ImportGoodAsync();
        var points = _temp.WriteText("ap.geojson", Collection(Feature("MUF-1", Point, """{"route_id":"NO-SUCH-ROUTE"}""")));

        var (code, output) = await CliRunner.RunAsync("import", "--db", _db, "--layer", "access-points", points);

        Assert.Equal(2, code);
        Assert.Contains("ap.geojson", output, StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(_db));
    }

    public void Dispose() => _temp.Dispose();

    private async Task<string> ImportGoodAsync()
    {
        var good = _temp.WriteText("liegenschaften-gut.geojson", GoodSites);
        var (code, output) = await CliRunner.RunAsync("import", "--db", _db, good);
        Assert.True(code == 0, output);
        var snapshot = await DatabaseSnapshot.TakeAsync(_db);
        Assert.Contains("K-1", snapshot, StringComparison.Ordinal);
        return snapshot;
    }

    private static string Site(string id, string geometry, string kind) =>
        Collection(Feature(id, geometry, Props(kind)));

    private static string Props(string kind) => $$"""{"name":"A","kind":"{{kind}}","district":"Eving"}""";

    private static string Feature(string id, string geometry, string properties) =>
        $$"""{"type":"Feature","id":"{{id}}","geometry":{{geometry}},"properties":{{properties}}}""";

    private static string Collection(params string[] features) =>
        $$"""{"type":"FeatureCollection","features":[{{string.Join(",", features)}}]}""";

    private static string Crs25832(string collection) => collection.Replace(
        "{\"type\":\"FeatureCollection\",",
        "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::25832\"}},",
        StringComparison.Ordinal);
}
