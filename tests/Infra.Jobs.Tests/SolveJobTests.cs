using Infra.Data.Tests.Support;
using Infra.Data;
using Infra.Data.Plans;
using Infra.Jobs.Tests.Support;

namespace Infra.Jobs.Tests;

/// <summary>Solve runs through the real scheduler and persistent store, on both providers.</summary>
public sealed class SolveJobTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    [Fact]
    public Task Sqlite_first_start_creates_the_quartz_and_job_tables() => FirstStartCreatesTables(DatabaseProvider.Sqlite);

    [PostgresFact]
    public Task Postgres_first_start_creates_the_quartz_and_job_tables() => FirstStartCreatesTables(DatabaseProvider.Postgres);

    [Fact]
    public Task Sqlite_solve_stores_exactly_one_plan_version() => SolveStoresOneVersion(DatabaseProvider.Sqlite);

    [PostgresFact]
    public Task Postgres_solve_stores_exactly_one_plan_version() => SolveStoresOneVersion(DatabaseProvider.Postgres);

    [Fact]
    public Task Sqlite_cancelled_solve_leaves_no_plan() => CancelLeavesNoPlan(DatabaseProvider.Sqlite);

    [PostgresFact]
    public Task Postgres_cancelled_solve_leaves_no_plan() => CancelLeavesNoPlan(DatabaseProvider.Postgres);

    [Fact]
    public async Task Unknown_scenario_fails_with_a_message_and_is_listed()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await TinyCity.SeedAsync(db);
        await using var node = await JobsNode.StartAsync(db.JobsOptions());

        var runId = await node.Jobs.EnqueueSolveAsync("gibt-es-nicht", "test", CancellationToken.None);
        var run = await JobWaits.FinishedAsync(node.Jobs, runId, Timeout);

        Assert.Equal(JobStates.Failed, run.State);
        Assert.Contains("gibt-es-nicht", run.Message, StringComparison.Ordinal);
        Assert.Equal("test", run.RequestedBy);
        var listed = Assert.Single(await node.Jobs.ListAsync(10, CancellationToken.None));
        Assert.Equal(runId, listed.RunId);
        Assert.Equal(JobKind.Solve, listed.Kind);
    }

    private static async Task FirstStartCreatesTables(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using (await JobsNode.StartAsync(db.JobsOptions()))
        {
        }

        var tables = provider == DatabaseProvider.Sqlite
            ? "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND lower(name) IN ('qrtz_job_details', 'qrtz_triggers', 'qrtz_fired_triggers', 'job_runs', 'deadline_risks')"
            : "SELECT COUNT(*) FROM information_schema.tables WHERE lower(table_name) IN ('qrtz_job_details', 'qrtz_triggers', 'qrtz_fired_triggers', 'job_runs', 'deadline_risks')";
        Assert.Equal(5, await db.CountAsync(tables));
        // The two recurring schedules are stored durably.
        Assert.Equal(2, await db.CountAsync("SELECT COUNT(*) FROM qrtz_cron_triggers"));

        // A second start finds everything in place.
        await using (await JobsNode.StartAsync(db.JobsOptions()))
        {
        }

        Assert.Equal(2, await db.CountAsync("SELECT COUNT(*) FROM qrtz_cron_triggers"));
    }

    private static async Task SolveStoresOneVersion(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await TinyCity.SeedAsync(db);
        await using var node = await JobsNode.StartAsync(db.JobsOptions());

        var runId = await node.Jobs.EnqueueSolveAsync(TinyCity.Scenario, "planer", CancellationToken.None);
        var run = await JobWaits.FinishedAsync(node.Jobs, runId, Timeout);

        Assert.True(run.State == JobStates.Succeeded, run.Message);
        Assert.Equal(1.0, run.Progress);
        Assert.NotNull(run.StartedAt);
        Assert.NotNull(run.FinishedAt);
        var versions = await new PlanStore(await InfraDatabase.OpenAsync(db.Options)).ListAsync(CancellationToken.None);
        var version = Assert.Single(versions);
        Assert.Equal(version.Version, run.PlanVersion);
        Assert.Equal(TinyCity.Scenario, version.Scenario);
    }

    private static async Task CancelLeavesNoPlan(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await TinyCity.SeedSlowAsync(db);
        await using var node = await JobsNode.StartAsync(db.JobsOptions());

        var runId = await node.Jobs.EnqueueSolveAsync(TinyCity.Scenario, null, CancellationToken.None);
        await JobWaits.UntilAsync(node.Jobs, runId, r => r.State == JobStates.Running && r.Progress > 0, Timeout);
        Assert.True(await node.Jobs.CancelAsync(runId, CancellationToken.None));
        var run = await JobWaits.FinishedAsync(node.Jobs, runId, Timeout);

        Assert.Equal(JobStates.Cancelled, run.State);
        Assert.Empty(await new PlanStore(await InfraDatabase.OpenAsync(db.Options)).ListAsync(CancellationToken.None));
        Assert.False(await node.Jobs.CancelAsync(runId, CancellationToken.None));
    }
}
