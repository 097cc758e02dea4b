using Hangfire.States;
using Infra.Cli.Tests.Support;
using Infra.Data;
using Infra.Jobs.Tests.Support;

namespace Infra.Cli.Tests.Jobs;

/// <summary><c>infra jobs run|list|cancel</c> as a user types them, queueing for a worker that is not running.</summary>
public sealed class JobsCommandTests
{
    [Fact]
    public async Task Jobs_commands_queue_list_and_cancel_in_german()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var (code, empty) = await CliRunner.RunAsync("jobs", "list", "--db", db.DbArgument);
        Assert.Equal(0, code);
        Assert.Contains("Noch keine Hintergrundaufträge", empty, StringComparison.Ordinal);

        (code, var queued) = await CliRunner.RunAsync("jobs", "run", "kpi", "--db", db.DbArgument);
        Assert.Equal(0, code);
        var runId = queued.Split(' ')[1];
        Assert.Contains($"Auftrag {runId} eingereiht", queued, StringComparison.Ordinal);

        (code, var bad) = await CliRunner.RunAsync("jobs", "run", "replan", "x", "2026-01-01", "--db", db.DbArgument);
        Assert.Equal(2, code);
        Assert.Contains("Planversion 'x' ist keine positive Zahl", bad, StringComparison.Ordinal);

        (code, var cancelled) = await CliRunner.RunAsync("jobs", "cancel", runId, "--db", db.DbArgument);
        Assert.Equal(0, code);
        Assert.Contains($"Abbruch von {runId} angefordert", cancelled, StringComparison.Ordinal);

        (code, var list) = await CliRunner.RunAsync("jobs", "list", "--db", db.DbArgument);
        Assert.Equal(0, code);
        Assert.Contains("Kennzahlen", list, StringComparison.Ordinal);
        Assert.Contains("abgebrochen", list, StringComparison.Ordinal);

        // The Hangfire job that carried the run is deleted: no worker will ever start it.
        await using var client = new JobsClient(db.JobsOptions());
        var job = (string)(await db.ScalarAsync($"SELECT hangfire_job FROM job_runs WHERE run_id = '{runId}'"))!;
        using var connection = client.Storage.GetConnection();
        Assert.Equal(DeletedState.StateName, connection.GetStateData(job).Name);
    }
}
