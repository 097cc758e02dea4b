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
        foreach (var district in new[] { "Aplerbeck", "Brackel", "Eving", "Hombruch", "Huckarde", "Hörde", "Innenstadt Nord", "Innenstadt Ost", "Innenstadt West", "Lütgendortmund", "Mengede", "Scharnhorst" })
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
    }

    public void Dispose() => _temp.Dispose();

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
