using System.Text.Json;
using Infra.Cli.Tests.Support;

namespace Infra.Cli.Tests.EndToEnd;

/// <summary>
/// Another city, as a user would bring it: a school list in the format of the Dortmund CSV (here a few schools of
/// Bochum, coordinates approximate) and a hand-made fibre layer in WGS84, no street layer and no hubs. It must import
/// and plan without code change: the candidate graph falls back to nearest neighbours with a detour factor.
/// </summary>
public sealed class AnotherCityTests : IDisposable
{
    private const string Schools = """
        schulnummer,name,zusatz,schulform,strasse,plz,ort,rechtsstatus,schueler,stadtbezirk,latitude,longitude
        900001,Schule am Stadtpark,Städt. Grundschule,Grundschule,Klinikstr. 1,44791,Bochum,Öffentlich,240,Bochum-Mitte,51.4890,7.2260
        900002,Gymnasium am Ring,Städt. Gymnasium,Gymnasium,Ringstr. 5,44787,Bochum,Öffentlich,910,Bochum-Mitte,51.4790,7.2150
        900003,Realschule Wattenscheid,Städt. Realschule,Realschule,Schulstr. 3,44866,Bochum,Öffentlich,520,Wattenscheid,51.4800,7.1400
        900004,Grundschule Höntrop,Städt. Grundschule,Grundschule,Höntroper Str. 9,44869,Bochum,Öffentlich,180,Wattenscheid,51.4630,7.1450
        900005,Gesamtschule Langendreer,Städt. Gesamtschule,Gesamtschule,Hauptstr. 20,44892,Bochum,Öffentlich,1100,Bochum-Ost,51.4770,7.3240
        900006,Förderschule Querenburg,Städt. Förderschule,Förderschule,Uni-Str. 2,44801,Bochum,Öffentlich,90,Bochum-Süd,51.4460,7.2600
        900007,Privatschule Nord,Ersatzschule,Gymnasium,Nordstr. 4,44809,Bochum,Privat,300,Bochum-Nord,51.5100,7.2300
        """;

    // A fibre ring segment through the centre and out to Wattenscheid and Langendreer, drawn by hand in WGS84.
    private const string Fibre = """
        {"type":"FeatureCollection","features":[
          {"type":"Feature","id":"bo-lwl-1","properties":{"id":"bo-lwl-1","owner":"Stadt Bochum","fibre_count":96,"free_ducts":1},
           "geometry":{"type":"LineString","coordinates":[[7.1420,51.4790],[7.2200,51.4820],[7.3200,51.4760]]}}
        ]}
        """;

    private readonly TempFolder _temp = new();

    [Fact]
    public async Task School_csv_and_hand_made_fibre_without_streets_import_and_plan()
    {
        var csv = _temp.WriteText("schulen-bochum.csv", Schools);
        _temp.WriteText("lwl-bochum.geojson", Fibre);
        var scenario = _temp.WriteText("bochum.yaml", """
            name: bochum-test
            inputs:
              sites: [schulen-bochum.csv]
              routes: [lwl-bochum.geojson]
            solver:
              time_limit_seconds: 10
            """);
        var db = _temp.File("bochum.db");

        // The school list alone by file, then everything the scenario names.
        var (csvCode, csvImported) = await CliRunner.RunAsync("import", csv, "--db", db);
        Assert.True(csvCode == 0, csvImported);
        var (importCode, imported) = await CliRunner.RunAsync("import", "--scenario", scenario, "--db", db);
        Assert.True(importCode == 0, imported);

        var (inventoryCode, inventory) = await CliRunner.RunAsync("inventory", "--db", db);
        Assert.True(inventoryCode == 0, inventory);
        Assert.Contains("Wattenscheid", inventory, StringComparison.Ordinal);

        var output = _temp.File("plan");
        var (planCode, plan) = await CliRunner.RunAsync("plan", scenario, "--out", output);
        Assert.True(planCode == 0, plan);

        // One plan row per public school (the private one is out of scope), each with a technology.
        var rows = (await File.ReadAllLinesAsync(Path.Combine(output, "plan.csv"))).Skip(1).ToArray();
        Assert.Equal(6, rows.Length);
        Assert.Equal(
            ["SCH-900001", "SCH-900002", "SCH-900003", "SCH-900004", "SCH-900005", "SCH-900006"],
            rows.Select(r => r.Split(',')[0]).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(rows, r => r.Contains(",none,", StringComparison.Ordinal));

        // The solver's figures and a German report with the gap are there for this city too.
        using var summary = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "summary.json")));
        var gap = summary.RootElement.GetProperty("solver").GetProperty("gap").GetDouble();
        Assert.InRange(gap, 0, 1);
        Assert.Contains("Lücke", plan, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
