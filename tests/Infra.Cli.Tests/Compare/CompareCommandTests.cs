using System.Text.Json;
using Infra.Cli.Tests.Support;

namespace Infra.Cli.Tests.Compare;

/// <summary><c>infra plan</c> and <c>infra compare</c> on a small synthetic town: files, German table, JSON, sensitivity sweep.</summary>
public sealed class CompareCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task Compare_plans_each_scenario_and_prints_them_side_by_side()
    {
        var baseFile = SmallCity.Write(_temp.Path);
        var noRadio = _temp.WriteText("ohne-richtfunk.yaml", "base: klein.yaml\nname: ohne-richtfunk\npolicies:\n  disallowed: [radio]\n");
        var json = _temp.File("vergleich.json");

        var (code, output) = await CliRunner.RunAsync("compare", baseFile, noRadio, "--out", json);

        Assert.True(code == 0, output);
        Assert.Contains("Szenarienvergleich", output, StringComparison.Ordinal);
        Assert.Contains("angebunden zur Frist", output, StringComparison.Ordinal);
        Assert.Contains("ohne-richtfunk", output, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(await File.ReadAllTextAsync(json));
        var runs = doc.RootElement.EnumerateArray().ToArray();
        Assert.Equal(2, runs.Length);
        Assert.Equal(0, runs[1].GetProperty("radio_share").GetDouble());

        // Forbidding a technology can only make the optimum dearer (both within their proven gaps).
        var npv = runs.Select(r => r.GetProperty("npv_eur").GetDouble()).ToArray();
        var gap = runs.Select(r => r.GetProperty("design_gap").GetDouble()).ToArray();
        Assert.True(npv[1] >= npv[0] * (1 - gap[0] - gap[1]) - 1, $"no-radio {npv[1]} < base {npv[0]}");
    }

    [Fact]
    public async Task Sensitivity_sweeps_one_parameter_and_dearer_trenches_never_make_the_optimum_cheaper()
    {
        var baseFile = SmallCity.Write(_temp.Path, "  relative_gap: 0\n");
        var json = _temp.File("sweep.json");

        var (code, output) = await CliRunner.RunAsync("compare", baseFile, "--sensitivity", "costs.trench_paved_per_m", "40:400:360", "--out", json);

        Assert.True(code == 0, output);
        using var doc = JsonDocument.Parse(await File.ReadAllTextAsync(json));
        var runs = doc.RootElement.EnumerateArray().ToArray();
        Assert.Equal(["costs.trench_paved_per_m=40", "costs.trench_paved_per_m=400"], runs.Select(r => r.GetProperty("scenario").GetString()));
        var cheap = runs[0];
        var dear = runs[1];
        Assert.True(dear.GetProperty("npv_eur").GetDouble() >= cheap.GetProperty("npv_eur").GetDouble());
    }

    [Fact]
    public async Task Bad_sensitivity_key_is_reported_not_thrown()
    {
        var baseFile = SmallCity.Write(_temp.Path);

        var (code, output) = await CliRunner.RunAsync("compare", baseFile, "--sensitivity", "costs.no_such_cost", "1:2:1");

        Assert.Equal(2, code);
        Assert.Contains("no_such_cost", output, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
