using Infra.Data.Tests.Support;
using System.Globalization;
using Infra.Data;
using Infra.Jobs.Tests.Support;

namespace Infra.Jobs.Tests;

/// <summary>Two clustered workers (child processes) on one PostgreSQL run every scheduled and every queued job exactly once.</summary>
public sealed class ClusterTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [PostgresFact]
    public async Task Two_clustered_workers_run_each_cron_firing_and_each_queued_job_exactly_once()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        Directory.CreateDirectory(db.Drop);
        await using var client = new JobsClient(db.JobsOptions(clustered: true));
        // The drop-folder poll every second: many firings for both nodes to compete for.
        using var a = WorkerProcess.Start(db, "--cluster", "--instance", "knoten-a", "--poll-cron", "* * * * * ?");
        using var b = WorkerProcess.Start(db, "--cluster", "--instance", "knoten-b", "--poll-cron", "* * * * * ?");
        await a.StartedAsync(Timeout);
        await b.StartedAsync(Timeout);

        var queued = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            queued.Add(await client.Jobs.TriggerAsync(JobKind.KpiSnapshot, "test", CancellationToken.None));
        }

        foreach (var runId in queued)
        {
            var run = await JobWaits.FinishedAsync(client.Jobs, runId, Timeout);
            Assert.True(run.State == JobStates.Succeeded, run.Message);
        }

        await Task.Delay(TimeSpan.FromSeconds(4));
        a.KillHard();
        b.KillHard();

        Assert.Equal(2L, await db.CountAsync("SELECT COUNT(*) FROM qrtz_scheduler_state"));
        var queuedList = string.Join(",", queued.Select(id => $"'{id}'"));
        Assert.Equal(0L, await db.CountAsync($"SELECT COUNT(*) FROM job_runs WHERE run_id IN ({queuedList}) AND attempts <> 1"));
        var fires = await db.RowsAsync(
            "SELECT scheduled_fire, COUNT(*) FROM job_runs WHERE kind = 'ProgressImport' GROUP BY scheduled_fire ORDER BY scheduled_fire");
        Assert.True(fires.Count >= 3, $"only {fires.Count} poll firings");
        Assert.All(fires, f => Assert.Equal(1L, Convert.ToInt64(f[1], CultureInfo.InvariantCulture)));
        var instances = await db.RowsAsync("SELECT DISTINCT instance FROM job_runs");
        Assert.All(instances, i => Assert.Contains((string)i[0]!, new[] { "knoten-a", "knoten-b" }));
    }
}
