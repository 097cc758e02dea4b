using Infra.Cli.Tests.Support;
using Infra.Data;
using Infra.Data.Import;
using Infra.Data.Store;

namespace Infra.Cli.Tests.Import;

/// <summary>
/// Files of another city, named as a GIS office names them: the layer comes from the content, or from FILE:layer; the
/// official school list without stadtbezirk gets its districts from a districts layer; unknown and missing properties
/// and implausible positions are warned about, and with --strict refused.
/// </summary>
public sealed class ImportDetectionTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _db;

    public ImportDetectionTests()
    {
        _db = _temp.File("infra.db");
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Import_official_list_without_district_takes_districts_from_the_boundaries_and_names_the_source_file()
    {
        var schools = _temp.WriteText("schulliste-muenster.csv", OtherCity.Schools());
        var districts = _temp.WriteText("grenzen.geojson", OtherCity.Districts);

        var (code, output) = await CliRunner.RunAsync("import", "--db", _db, schools, districts);

        Assert.True(code == 0, output);
        Assert.Contains("Stadtbezirk: 11 Liegenschaften aus den Bezirksgrenzen zugeordnet, 1 ohne Stadtbezirk", output, StringComparison.Ordinal);
        var sites = (await (await Store()).SitesAsync()).ToDictionary(s => s.Id.Value);
        Assert.Equal(12, sites.Count);
        Assert.Equal("Münster-Mitte", sites["SCH-960001"].District);
        Assert.Equal("Hiltrup", sites["SCH-960010"].District);
        Assert.Equal("", sites["SCH-960012"].District);
        Assert.All(sites.Values, s => Assert.Equal("Schulverzeichnis NRW (IT.NRW, dl-de/by-2-0), Datei schulliste-muenster.csv", s.Source));
        Assert.Equal(["Hiltrup", "Münster-Mitte"], (await (await Store()).DistrictsAsync()).Select(d => d.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Import_quelle_labels_the_schools()
    {
        var schools = _temp.WriteText("a.csv", OtherCity.Schools());

        var (code, output) = await CliRunner.RunAsync("import", "--db", _db, "--quelle", "Schulverzeichnis NRW 2024/25, Münster", schools);

        Assert.True(code == 0, output);
        Assert.All(await (await Store()).SitesAsync(), s => Assert.Equal("Schulverzeichnis NRW 2024/25, Münster", s.Source));
    }

    [Fact]
    public async Task Import_mixed_layers_with_neutral_names_are_recognised_from_their_content()
    {
        var (code, output) = await CliRunner.RunAsync("import", "--db", _db,
            _temp.WriteText("daten1.geojson", OtherCity.Route), _temp.WriteText("daten2.json", OtherCity.Districts), _temp.WriteText("daten3.csv", OtherCity.Schools()));

        Assert.True(code == 0, output);
        var inventory = await (await Store()).LoadInventoryAsync();
        Assert.Equal((12, 1, 2), (inventory.Sites.Count, inventory.Routes.Count, inventory.Districts.Count));
    }

    [Fact]
    public async Task Import_one_bad_file_among_mixed_layers_writes_nothing()
    {
        var bad = _temp.WriteText("daten2.geojson", OtherCity.Route.Replace("[7.64,51.91]", "[51.91,7.64]", StringComparison.Ordinal));

        var (code, output) = await CliRunner.RunAsync("import", "--db", _db,
            _temp.WriteText("daten1.csv", OtherCity.Schools()), bad, _temp.WriteText("daten3.geojson", OtherCity.Districts));

        Assert.True(code == 2, output);
        Assert.Contains("daten2.geojson, feature 0, id 'MS-LWL-1', property 'geometry.coordinates'", output, StringComparison.Ordinal);
        Assert.Empty((await (await Store()).LoadInventoryAsync()).Sites);
    }

    [Fact]
    public async Task Import_ambiguous_content_asks_for_the_layer_and_file_colon_layer_gives_it()
    {
        const string Masts = """
            {"type":"FeatureCollection","features":[{"type":"Feature","id":"M-1","geometry":{"type":"Point","coordinates":[7.62,51.96]},"properties":{"name":"Rathausturm"}}]}
            """;
        var file = _temp.WriteText("masten.geojson", Masts);

        var (code, output) = await CliRunner.RunAsync("import", "--db", _db, file);
        Assert.True(code == 2, output);
        Assert.Contains("Ebene nicht erkennbar: points with properties name could be sites or hubs", output, StringComparison.Ordinal);
        Assert.Contains("masten.geojson:sites", output, StringComparison.Ordinal);

        var (again, againOutput) = await CliRunner.RunAsync("import", "--db", _db, file + ":hubs");
        Assert.True(again == 0, againOutput);
        Assert.Equal("Rathausturm", Assert.Single(await (await Store()).HubsAsync()).Name);
    }

    [Fact]
    public async Task Import_unknown_and_missing_properties_warn_with_the_nearest_name_and_the_default()
    {
        var route = OtherCity.Route.Replace("\"fibre_count\":48,\"free_ducts\":1", "\"fibres\":48", StringComparison.Ordinal);

        var (code, output) = await CliRunner.RunAsync("import", "--db", _db, _temp.WriteText("lwl.geojson", route) + ":routes");

        Assert.True(code == 0, output);
        Assert.Contains("property 'properties.fibres': unknown property 'fibres' (1 of 1 features) is ignored; did you mean 'fibre_count'?", output, StringComparison.Ordinal);
        Assert.Contains("property 'properties.fibre_count': property 'fibre_count' is missing in 1 of 1 features; the default is taken: 0 fibres", output, StringComparison.Ordinal);
        Assert.Contains("property 'properties.free_ducts': property 'free_ducts' is missing in 1 of 1 features; the default is taken: 0 free ducts", output, StringComparison.Ordinal);
        var log = Assert.Single(await new ImportLogStore(await Database()).ListAsync());
        Assert.Contains("did you mean 'fibre_count'", log.WarningsJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_mis_geocoded_school_is_warned_about_and_refused_with_strict()
    {
        var schools = _temp.WriteText("schulen.csv", OtherCity.Schools(OtherCity.Row(960099, "Schule Luzern?", 47.05, 8.31)));
        var districts = _temp.WriteText("bezirke.geojson", OtherCity.Districts);

        var (strictCode, strictOutput) = await CliRunner.RunAsync("import", "--db", _db, "--strict", schools, districts);
        Assert.True(strictCode == 2, strictOutput);
        Assert.Contains("id 'SCH-960099', property 'geometry': --strict: lies ", strictOutput, StringComparison.Ordinal);
        Assert.Empty((await (await Store()).LoadInventoryAsync()).Sites);

        var (code, output) = await CliRunner.RunAsync("import", "--db", _db, schools, districts);
        Assert.True(code == 0, output);
        var warning = Assert.Single(output.Split('\n'), l => l.Contains("outside the extent", StringComparison.Ordinal));
        Assert.Contains("id 'SCH-960099'", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_mis_geocoded_school_without_other_layers_is_outside_the_rest_of_its_list()
    {
        var schools = _temp.WriteText("schulen.csv", OtherCity.Schools(OtherCity.Row(960099, "Schule Luzern?", 47.05, 8.31)));

        var (code, output) = await CliRunner.RunAsync("import", "--db", _db, schools);

        Assert.True(code == 0, output);
        var warning = Assert.Single(output.Split('\n'), l => l.Contains("outside the extent", StringComparison.Ordinal));
        Assert.Contains("id 'SCH-960099'", warning, StringComparison.Ordinal);
        Assert.Contains("the rest of its layer", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reimport_that_moves_an_existing_school_far_warns()
    {
        Assert.Equal(0, (await CliRunner.RunAsync("import", "--db", _db, _temp.WriteText("a.csv", OtherCity.Schools()))).Code);
        var moved = OtherCity.Schools().Replace(OtherCity.SchoolRows[0], OtherCity.Row(960001, "Schule Mitte 1", 51.950, 7.100), StringComparison.Ordinal);

        var (code, output) = await CliRunner.RunAsync("import", "--db", _db, _temp.WriteText("b.csv", moved));

        Assert.True(code == 0, output);
        Assert.Contains("id 'SCH-960001', property 'geometry': moved by 3", output, StringComparison.Ordinal);
    }

    private async Task<InfraDatabase> Database() => await InfraDatabase.OpenAsync(DatabaseOptions.Sqlite(_db));

    private async Task<LayerStore> Store() => new(await Database());
}
