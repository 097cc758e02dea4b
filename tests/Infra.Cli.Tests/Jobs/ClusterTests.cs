using System.Globalization;
using Infra.Data;
using Infra.Data.Jobs;
using Infra.Data.Tests.Support;
using Infra.Jobs.Tests.Support;

namespace Infra.Cli.Tests.Jobs;

/// <summary>
/// Two workers (child processes) on one PostgreSQL database run every recurring firing and every queued run exactly
/// once; idle drop-folder polls leave nothing behind, and a report dropped while both poll is imported once.
/// </summary>
public sealed class ClusterTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    [PostgresFact]
    public async Task Two_workers_run_each_recurring_firing_and_each_queued_job_exactly_once()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        Directory.CreateDirectory(db.Drop);
        await using var client = new JobsClient(db.JobsOptions());
        // A KPI snapshot and a drop-folder poll every second: many firings for both workers to compete for.
        string[] every = ["--kpi-cron", "* * * * * *", "--poll-cron", "* * * * * *"];
        using var a = WorkerProcess.Start(db, [.. every, "--instance", "knoten-a"]);
        using var b = WorkerProcess.Start(db, [.. every, "--instance", "knoten-b"]);
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

        // Idle polls go on meanwhile; three recorded KPI firings at least (a loaded machine may take its time).
        var idle = Task.Delay(TimeSpan.FromSeconds(12));
        await WaitForAsync(async () => await db.CountAsync("SELECT COUNT(*) FROM job_runs WHERE kind = 'KpiSnapshot' AND scheduled_fire IS NOT NULL AND state = 'succeeded'") >= 3 ? 1 : 0);
        await idle;
        Assert.Equal(0L, await db.CountAsync("SELECT COUNT(*) FROM job_runs WHERE kind = 'ProgressImport'"));
        Assert.Equal(0L, await db.CountAsync("SELECT COUNT(*) FROM hangfire.job WHERE invocationdata::text LIKE '%ProgressImportJob%'"));

        await File.WriteAllTextAsync(Path.Combine(db.Drop, "meldung.csv"), "liegenschaft_id,meilenstein,geplant,ist,status\n");
        var imports = await WaitForAsync(() => db.CountAsync("SELECT COUNT(*) FROM job_runs WHERE kind = 'ProgressImport' AND state IN ('succeeded', 'failed')"));
        var servers = client.Storage.GetMonitoringApi().Servers().Select(s => s.Name.Split(':')[0]).Order(StringComparer.Ordinal).ToList();
        await Task.Delay(TimeSpan.FromSeconds(3));
        a.KillHard();
        b.KillHard();

        Assert.Equal(["knoten-a", "knoten-b"], servers);
        var queuedList = string.Join(",", queued.Select(id => $"'{id}'"));
        Assert.Equal(0L, await db.CountAsync($"SELECT COUNT(*) FROM job_runs WHERE run_id IN ({queuedList}) AND attempts <> 1"));
        // One run per firing, never a second attempt (a firing caught by the kill may not have started yet).
        var fires = await db.RowsAsync(
            "SELECT scheduled_fire, COUNT(*), MAX(attempts), SUM(CASE WHEN state = 'succeeded' THEN 1 ELSE 0 END) FROM job_runs "
            + "WHERE kind = 'KpiSnapshot' AND scheduled_fire IS NOT NULL GROUP BY scheduled_fire ORDER BY scheduled_fire");
        Assert.True(fires.Sum(f => Long(f[3])) >= 3, $"only {fires.Count} KPI firings");
        Assert.All(fires, f => Assert.Equal(1L, Long(f[1])));
        Assert.All(fires, f => Assert.True(Long(f[2]) <= 1, $"firing {f[0]} ran {f[2]} times"));
        var instances = await db.RowsAsync("SELECT DISTINCT instance FROM job_runs");
        Assert.All(instances, i => Assert.Contains((string)i[0]!, new[] { "knoten-a", "knoten-b" }));
        Assert.Equal(1L, imports);
        Assert.Equal(1L, await db.CountAsync("SELECT COUNT(*) FROM job_runs WHERE kind = 'ProgressImport'"));
        // Filed once (an empty report is refused: failed/), never twice.
        Assert.Single(new[] { "done", "failed" }.Where(f => Directory.Exists(Path.Combine(db.Drop, f)))
            .SelectMany(f => Directory.GetFiles(Path.Combine(db.Drop, f), "meldung*.csv")));
    }

    private static long Long(object? value) => Convert.ToInt64(value, CultureInfo.InvariantCulture);

    private static async Task<long> WaitForAsync(Func<Task<long>> count)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < Timeout)
        {
            if (await count() > 0)
            {
                return await count();
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"still 0 after {Timeout}");
    }
}
