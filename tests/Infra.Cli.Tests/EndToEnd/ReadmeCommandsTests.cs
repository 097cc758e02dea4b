using System.Diagnostics;
using Infra.Cli.Tests.Support;

namespace Infra.Cli.Tests.EndToEnd;

/// <summary>
/// The first steps of README's main command (tools/demo.sh), run as a real process from the repository root:
/// import the default geodata into a fresh embedded database, print the inventory, and re-import idempotently.
/// </summary>
public sealed class ReadmeCommandsTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task Default_import_then_inventory_works_on_a_fresh_database()
    {
        var db = _temp.File(Path.Combine("data", "infra.db"));

        var (importCode, importOut) = await InfraAsync("import", "--default", "--db", db);
        Assert.True(importCode == 0, importOut);
        Assert.Contains("Import abgeschlossen", importOut, StringComparison.Ordinal);
        Assert.True(File.Exists(db));

        var (inventoryCode, inventoryOut) = await InfraAsync("inventory", "--db", db);
        Assert.True(inventoryCode == 0, inventoryOut);
        Assert.Contains("Liegenschaften nach Stadtbezirk und Art", inventoryOut, StringComparison.Ordinal);
        Assert.Contains("LWL-Trassen", inventoryOut, StringComparison.Ordinal);
        foreach (var district in new[] { "Aplerbeck", "Brackel", "Eving", "Hombruch", "Huckarde", "Hörde", "Innenstadt-Nord", "Innenstadt-Ost", "Innenstadt-West", "Lütgendortmund", "Mengede", "Scharnhorst" })
        {
            Assert.Contains(district, inventoryOut, StringComparison.Ordinal);
        }

        // The real schools: 169 in the file, of which the 10 private ones are out of scope; every synthetic site is in scope.
        var totals = System.Text.RegularExpressions.Regex.Match(inventoryOut, @"(\d+) Liegenschaften, davon (\d+) im Planungsumfang und (\d+) synthetisch");
        Assert.True(totals.Success, inventoryOut);
        var (all, inScope, synthetic) = (int.Parse(totals.Groups[1].Value), int.Parse(totals.Groups[2].Value), int.Parse(totals.Groups[3].Value));
        Assert.Equal(169, all - synthetic);
        Assert.Equal(10, all - inScope);

        var (againCode, againOut) = await InfraAsync("import", "--default", "--db", db);
        Assert.True(againCode == 0, againOut);
        Assert.Matches(@"Liegenschaften\s*│\s*0\s*│\s*0\s*│", againOut);

        // The planning step of the main command, twice: the same input gives the same plan files.
        var first = _temp.File("plan-1");
        var second = _temp.File("plan-2");
        foreach (var folder in new[] { first, second })
        {
            var (planCode, planOut) = await InfraAsync("plan", Path.Combine("scenarios", "dortmund-2028.yaml"), "--from-db", "--db", db, "--out", folder);
            Assert.True(planCode == 0, planOut);
            Assert.Contains("Liegenschaften neu angebunden", planOut, StringComparison.Ordinal);
            Assert.Contains("Vergleich Greedy-Verfahren", planOut, StringComparison.Ordinal);
        }

        // The design is deterministic whenever the optimiser finishes before its time limit (docs/planning.md); on a
        // loaded machine the cut loop may be stopped by the clock, and then only the guarantees below hold. The
        // schedule's local search may stop on its time limit, so quarters are left out.
        using var summary = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(first, "summary.json")));
        using var again = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(second, "summary.json")));
        var solver = summary.RootElement.GetProperty("solver");
        if (solver.GetProperty("status").GetString() == "optimal" && again.RootElement.GetProperty("solver").GetProperty("status").GetString() == "optimal")
        {
            foreach (var name in new[] { "sites.geojson", "trenches.geojson", "links.geojson", "plan.csv" })
            {
                Assert.Equal(
                    WithoutQuarters(await File.ReadAllTextAsync(Path.Combine(first, name))),
                    WithoutQuarters(await File.ReadAllTextAsync(Path.Combine(second, name))));
            }
        }

        var objective = solver.GetProperty("objective_eur").GetDouble();
        Assert.True(objective <= solver.GetProperty("greedy_objective_eur").GetDouble());
        Assert.True(solver.GetProperty("best_bound_eur").GetDouble() <= objective);
        var planTotals = summary.RootElement.GetProperty("totals");
        Assert.Equal(inScope, planTotals.GetProperty("sites_planned").GetInt32() + planTotals.GetProperty("sites_keeping_uplink").GetInt32() + planTotals.GetProperty("sites_unserved").GetInt32());

        // One plan.csv row and one sites.geojson feature per site in scope.
        var rows = (await File.ReadAllLinesAsync(Path.Combine(first, "plan.csv"))).Skip(1).ToArray();
        Assert.Equal(inScope, rows.Length);
        var sites = await File.ReadAllTextAsync(Path.Combine(first, "sites.geojson"));
        Assert.Equal(inScope, System.Text.RegularExpressions.Regex.Count(sites, "\"type\":\"Feature\""));
    }

    public void Dispose() => _temp.Dispose();

    private static string WithoutQuarters(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, "\"[0-9]{4}-Q[1-4]\"|\\b[0-9]{4}-Q[1-4]\\b|\"misses_deadline\":(true|false)|,(true|false),", "");

    private static async Task<(int Code, string Output)> InfraAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = RepoPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(RepoPaths.InfraDll);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["COLUMNS"] = "240";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
