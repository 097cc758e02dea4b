using Infra.Data;
using Infra.Data.Jobs;
using Infra.Data.Tests.Support;
using Infra.Jobs.Tests.Support;

namespace Infra.Jobs.Tests;

/// <summary>
/// The recurring drop-folder poll: idle firings leave no run in the history and no job in Hangfire; a report that
/// arrives is imported by the next firing, recorded as a scheduled run.
/// </summary>
public sealed class SchedulesTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public Task Sqlite_idle_drop_folder_polls_leave_no_trace_and_a_new_report_is_imported() => IdlePolls(DatabaseProvider.Sqlite);

    [PostgresFact]
    public Task Postgres_idle_drop_folder_polls_leave_no_trace_and_a_new_report_is_imported() => IdlePolls(DatabaseProvider.Postgres);

    private static async Task IdlePolls(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await TinyCity.SeedAsync(db);
        Directory.CreateDirectory(db.Drop);
        var options = db.JobsOptions(pollCron: "* * * * * *") with { SchedulePolling = TimeSpan.FromSeconds(1) };
        await using var node = await JobsNode.StartAsync(options);

        await Task.Delay(TimeSpan.FromSeconds(5));
        Assert.Empty(await node.Jobs.ListAsync(10, CancellationToken.None));
        var monitoring = node.Storage.GetMonitoringApi();
        Assert.Equal(0, monitoring.SucceededListCount() + monitoring.ProcessingCount() + monitoring.EnqueuedCount("default"));

        await File.WriteAllTextAsync(Path.Combine(db.Drop, "meldung.csv"), """
            liegenschaft_id,meilenstein,geplant,ist,status
            KITA-0001,planung,2025-03-31,2025-03-12,erledigt
            """);
        var run = await WaitForRunAsync(node.Jobs);

        Assert.True(run.State == JobStates.Succeeded, run.Message);
        Assert.Equal(JobKind.ProgressImport, run.Kind);
        Assert.Null(run.RequestedBy);
        Assert.Contains("1 übernommen, 0 abgelehnt", run.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(db.Drop, "done", "meldung.csv")));
        Assert.NotNull(await db.ScalarAsync($"SELECT scheduled_fire FROM job_runs WHERE run_id = '{run.RunId}'"));

        // Idle again: still that one run.
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Single(await node.Jobs.ListAsync(10, CancellationToken.None));
    }

    private static async Task<JobRun> WaitForRunAsync(IJobService jobs)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < Timeout)
        {
            var runs = await jobs.ListAsync(1, CancellationToken.None);
            if (runs.Count == 1 && JobStates.IsFinished(runs[0].State))
            {
                return runs[0];
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("the poll did not import the report");
    }
}
