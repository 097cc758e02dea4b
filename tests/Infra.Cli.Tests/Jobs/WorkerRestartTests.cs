using Infra.Data;
using Infra.Data.Jobs;
using Infra.Data.Plans;
using Infra.Data.Tests.Support;
using Infra.Jobs.Tests.Support;

namespace Infra.Cli.Tests.Jobs;

/// <summary>
/// <c>infra worker</c> killed in the middle of a solve (SIGKILL) or stopped (SIGTERM): no partial plan is left, and the
/// next worker started on the same database runs the job again (the run counts a second attempt) to exactly one plan
/// version. After a SIGKILL the run's lease lapses and the new worker's watchdog hands it back to Hangfire's queue.
/// </summary>
public sealed class WorkerRestartTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    [Fact]
    public Task Sqlite_killed_worker_leaves_no_partial_plan_and_the_solve_runs_again() => KillAndRestart(DatabaseProvider.Sqlite);

    [PostgresFact]
    public Task Postgres_killed_worker_leaves_no_partial_plan_and_the_solve_runs_again() => KillAndRestart(DatabaseProvider.Postgres);

    [Fact]
    public Task Sqlite_stopped_worker_hands_the_running_solve_back_and_the_next_worker_runs_it() => StopAndRestart(DatabaseProvider.Sqlite);

    [PostgresFact]
    public Task Postgres_stopped_worker_hands_the_running_solve_back_and_the_next_worker_runs_it() => StopAndRestart(DatabaseProvider.Postgres);

    private static async Task StopAndRestart(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await TinyCity.SeedSlowAsync(db);
        await using var client = new JobsClient(db.JobsOptions());

        string runId;
        using (var first = WorkerProcess.Start(db))
        {
            await first.StartedAsync(Timeout);
            runId = await client.Jobs.EnqueueSolveAsync(TinyCity.Scenario, "test", CancellationToken.None);
            await JobWaits.UntilAsync(client.Jobs, runId, r => r.State == JobStates.Running && r.Progress > 0.05, Timeout);
            await first.TerminateAsync(Timeout);
        }

        var stopped = await client.Jobs.GetAsync(runId, CancellationToken.None);
        Assert.True(stopped!.State == JobStates.Queued, stopped.ToString());
        Assert.Contains("Worker beendet", stopped.Message, StringComparison.Ordinal);
        Assert.Empty(await new PlanStore(await InfraDatabase.OpenAsync(db.Options)).ListAsync(CancellationToken.None));

        await RestartUntilSucceededAsync(db, client, runId);
    }

    private static async Task KillAndRestart(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await TinyCity.SeedSlowAsync(db);
        await using var client = new JobsClient(db.JobsOptions());
        var plans = new PlanStore(await InfraDatabase.OpenAsync(db.Options));

        string runId;
        using (var first = WorkerProcess.Start(db))
        {
            await first.StartedAsync(Timeout);
            runId = await client.Jobs.EnqueueSolveAsync(TinyCity.Scenario, "test", CancellationToken.None);
            await JobWaits.UntilAsync(client.Jobs, runId, r => r.State == JobStates.Running && r.Progress > 0.05, Timeout);
            first.KillHard();
        }

        var killed = await client.Jobs.GetAsync(runId, CancellationToken.None);
        Assert.Equal(JobStates.Running, killed!.State);
        Assert.Empty(await plans.ListAsync(CancellationToken.None));

        var run = await RestartUntilSucceededAsync(db, client, runId);
        var version = Assert.Single(await plans.ListAsync(CancellationToken.None));
        Assert.Equal(version.Version, run.PlanVersion);
    }

    /// <summary>Starts a fresh worker and waits for it to complete the run as its second attempt.</summary>
    private static async Task<JobRun> RestartUntilSucceededAsync(TestDatabase db, JobsClient client, string runId)
    {
        // The re-run only has to finish, not to be slow: a short time limit keeps the test quick.
        TinyCity.WriteScenario(db, timeLimitSeconds: 1);
        using var second = WorkerProcess.Start(db, "--instance", "zweiter");
        await second.StartedAsync(Timeout);
        var run = await JobWaits.FinishedAsync(client.Jobs, runId, Timeout);

        Assert.True(run.State == JobStates.Succeeded, run.Message + "\n" + second.Output);
        Assert.Equal("zweiter", run.Instance);
        Assert.Equal(2L, await db.CountAsync($"SELECT attempts FROM job_runs WHERE run_id = '{runId}'"));
        return run;
    }
}
