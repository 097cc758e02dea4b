using Infra.Cli.Tests.Support;

namespace Infra.Cli.Tests.Import;

/// <summary>
/// The district layer is the source of district names: sites imported with it get the layer's official spelling of
/// their district however the site file writes it, and a name the layer does not know is reported, not dropped.
/// </summary>
public sealed class DistrictNameImportTests : IDisposable
{
    private const string Sites = """
        {"type":"FeatureCollection","features":[
         {"type":"Feature","id":"S-1","geometry":{"type":"Point","coordinates":[7.62,51.96]},"properties":{"name":"Kita Dom","kind":"Kita","district":"muenster mitte"}},
         {"type":"Feature","id":"S-2","geometry":{"type":"Point","coordinates":[7.60,51.90]},"properties":{"name":"Schule Süd","kind":"Schule","district":"Gievenbeck"}},
         {"type":"Feature","id":"S-3","geometry":{"type":"Point","coordinates":[7.63,51.91]},"properties":{"name":"Bücherei","kind":"Bibliothek"}}
        ]}
        """;

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Sites_take_the_official_names_and_an_unknown_name_is_reported()
    {
        var db = _temp.File("infra.db");
        var sites = _temp.File("liegenschaften.geojson");
        var districts = _temp.File("bezirke.geojson");
        await File.WriteAllTextAsync(sites, Sites);
        await File.WriteAllTextAsync(districts, OtherCity.Districts);

        var (code, output) = await CliRunner.RunAsync("import", "--db", db, sites, districts);

        Assert.True(code == 0, output);
        Assert.Contains("Gievenbeck", output, StringComparison.Ordinal);
        Assert.Contains("S-2", output, StringComparison.Ordinal);
        var (inventoryCode, inventory) = await CliRunner.RunAsync("inventory", "--db", db);
        Assert.True(inventoryCode == 0, inventory);
        Assert.Contains("Münster-Mitte", inventory, StringComparison.Ordinal);
        Assert.Contains("Hiltrup", inventory, StringComparison.Ordinal);
        Assert.DoesNotContain("muenster mitte", inventory, StringComparison.Ordinal);
    }
}
