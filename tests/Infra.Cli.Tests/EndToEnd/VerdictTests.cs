using System.Text.Json;
using Infra.Cli.Tests.Support;

namespace Infra.Cli.Tests.EndToEnd;

/// <summary>A school list planned without any network layer: the verdict comes first, and the run fails unless partial plans are allowed.</summary>
public sealed class VerdictTests : IDisposable
{
    private const string Schools = """
        schulnummer,name,zusatz,schulform,strasse,plz,ort,rechtsstatus,schueler,stadtbezirk,latitude,longitude
        910001,Schule Eins,Städt. Grundschule,Grundschule,Weg 1,45127,Essen,Öffentlich,240,Mitte,51.4556,7.0116
        910002,Schule Zwei,Städt. Gymnasium,Gymnasium,Weg 2,45127,Essen,Öffentlich,910,Mitte,51.4600,7.0200
        910003,Schule Drei,Städt. Realschule,Realschule,Weg 3,45127,Essen,Öffentlich,520,Mitte,51.4500,7.0300
        """;

    private readonly TempFolder _temp = new();

    [Theory]
    [InlineData(false, 4)]
    [InlineData(true, 0)]
    public async Task Plan_without_network_layers_prints_the_verdict_first(bool allowPartial, int exitCode)
    {
        _temp.WriteText("schulen.csv", Schools);
        var scenario = _temp.WriteText($"ohne-netz-{allowPartial}.yaml", $"""
            name: ohne-netz
            inputs:
              sites: [schulen.csv]
            policies:
              allow_partial_plan: {(allowPartial ? "true" : "false")}
            solver:
              time_limit_seconds: 5
            """);
        var output = _temp.File($"plan-{allowPartial}");

        var (code, printed) = await CliRunner.RunAsync("plan", scenario, "--out", output);

        Assert.True(code == exitCode, printed);
        var summary = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "summary.json"))).RootElement;
        var verdict = summary.GetProperty("verdicts")[0];
        Assert.Equal("no_network_layer", verdict.GetProperty("code").GetString());
        Assert.Equal("error", verdict.GetProperty("severity").GetString());
        var first = summary.GetProperty("zusammenfassung")[0].GetString()!;
        Assert.StartsWith("Fehler: Kein Netz", first, StringComparison.Ordinal);
        Assert.Contains("LWL-Trassen (routes", first, StringComparison.Ordinal);
        // The verdict stands before the solver's "optimal, Lücke 0,00 %" line in the console as well.
        Assert.True(printed.IndexOf("Kein Netz", StringComparison.Ordinal) < printed.IndexOf("Lücke", StringComparison.Ordinal), printed);
    }

    public void Dispose() => _temp.Dispose();
}
