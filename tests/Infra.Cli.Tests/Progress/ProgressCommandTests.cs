using System.Text.Json;
using Infra.Cli.Tests.Support;

namespace Infra.Cli.Tests.Progress;

/// <summary><c>infra plan --from-db</c> saves a plan version; <c>infra progress import/show</c> on a small synthetic town.</summary>
public sealed class ProgressCommandTests : IDisposable
{
    // One temporary folder per test: town files, database and plan output.
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task Plan_from_db_saves_a_version_and_progress_reports_import_once_and_show()
    {
        var (scenario, db) = await ImportedTownAsync();

        var (planCode, planOutput) = await CliRunner.RunAsync("plan", scenario, "--from-db", "--db", db, "--out", _temp.File("out"));

        Assert.True(planCode == 0, planOutput);
        Assert.Contains("Planversion 1 gespeichert", planOutput, StringComparison.Ordinal);

        var site = FirstSiteId();
        var report = _temp.WriteText("bericht.csv", $"liegenschaft_id,meilenstein,geplant,ist,status\n{site},planung,2025-01-31,2025-01-10,erledigt\n{site},genehmigung,,,in_arbeit\n");
        var (code, output) = await CliRunner.RunAsync("progress", "import", report, "--db", db);
        var (againCode, again) = await CliRunner.RunAsync("progress", "import", report, "--db", db);

        Assert.True(code == 0, output);
        Assert.Contains("Fortschrittsberichte", output, StringComparison.Ordinal);
        Assert.Equal(0, againCode);
        Assert.Contains("bereits importiert", again, StringComparison.Ordinal);

        var (showCode, show) = await CliRunner.RunAsync("progress", "show", "--site", site, "--db", db);
        Assert.Equal(0, showCode);
        Assert.Contains("10.01.2025", show, StringComparison.Ordinal);
        Assert.Contains("in Arbeit", show, StringComparison.Ordinal);
        Assert.Contains("Planversion 1 (klein)", show, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_report_exits_with_bad_input_and_names_file_line_and_field()
    {
        var (_, db) = await ImportedTownAsync();
        var report = _temp.WriteText("falsch.csv", "liegenschaft_id,meilenstein,geplant,ist,status\nXX-1,planung,,,offen\n");

        var (code, output) = await CliRunner.RunAsync("progress", "import", report, "--db", db);

        Assert.Equal(2, code);
        Assert.Contains("nichts wurde geschrieben", output, StringComparison.Ordinal);
        Assert.Contains("falsch.csv, feature 0, id 'XX-1', property 'liegenschaft_id': line 2: unknown site id 'XX-1'", output, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();

    /// <summary>The small town's layers imported into a fresh database; returns the scenario file and the database.</summary>
    private async Task<(string Scenario, string Db)> ImportedTownAsync()
    {
        var scenario = SmallCity.Write(_temp.Path);
        var db = _temp.File("infra.db");
        var (code, output) = await CliRunner.RunAsync("import", "--scenario", scenario, "--db", db);
        Assert.True(code == 0, output);
        return (scenario, db);
    }

    private string FirstSiteId()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(_temp.File("liegenschaften-synthetisch.geojson")));
        return doc.RootElement.GetProperty("features")[0].GetProperty("id").GetString()!;
    }
}
