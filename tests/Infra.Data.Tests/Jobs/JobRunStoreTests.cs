using Infra.Data.Jobs;
using Infra.Data.Tests.Support;

namespace Infra.Data.Tests.Jobs;

/// <summary>
/// The lease rules of <c>job_runs</c> that the Hangfire jobs rely on: one attempt owns a run; a run whose lease lapsed is
/// handed on exactly once; the attempt that lost it can neither renew it nor finish the run; a cancel before the start
/// ends the run without it running.
/// </summary>
public sealed class JobRunStoreTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    [Fact]
    public Task Sqlite_a_lapsed_lease_is_handed_on_once_and_the_old_attempt_loses_the_run() => TestDatabases.OnSqlite(HandOn);

    [PostgresFact]
    public Task Postgres_a_lapsed_lease_is_handed_on_once_and_the_old_attempt_loses_the_run() => TestDatabases.OnPostgres(HandOn);

    [Fact]
    public Task Sqlite_a_cancel_before_the_start_ends_the_run_unstarted() => TestDatabases.OnSqlite(CancelBeforeStart);

    [PostgresFact]
    public Task Postgres_a_cancel_before_the_start_ends_the_run_unstarted() => TestDatabases.OnPostgres(CancelBeforeStart);

    [Fact]
    public Task Sqlite_a_scheduled_firing_keeps_one_run_across_deliveries() => TestDatabases.OnSqlite(ScheduledOnce);

    [PostgresFact]
    public Task Postgres_a_scheduled_firing_keeps_one_run_across_deliveries() => TestDatabases.OnPostgres(ScheduledOnce);

    private static async Task HandOn(DatabaseOptions options)
    {
        var runs = new JobRunStore(await InfraDatabase.OpenAsync(options));
        await runs.InsertQueuedAsync("lauf-1", JobKind.Solve, "{}", "test", T0, CancellationToken.None);

        var first = await runs.ClaimAsync("lauf-1", "a", T0, T0 - Lease, "x", CancellationToken.None);
        var duplicate = await runs.ClaimAsync("lauf-1", "b", T0.AddSeconds(10), T0.AddSeconds(10) - Lease, "x", CancellationToken.None);
        var renewed = await runs.HeartbeatAsync("lauf-1", first.Attempt, 0.3, T0.AddSeconds(15), CancellationToken.None, "Optimierung (30 %)");
        var running = await runs.GetAsync("lauf-1", CancellationToken.None);
        // A heartbeat without a line keeps the last one.
        await runs.HeartbeatAsync("lauf-1", first.Attempt, 0.4, T0.AddSeconds(20), CancellationToken.None);

        Assert.Equal(new RunClaimResult(RunClaim.Claimed, 1), first);
        Assert.Equal(RunClaim.Busy, duplicate.Outcome);
        Assert.Equal(LeaseState.Held, renewed);
        Assert.Equal("Optimierung (30 %)", running!.Message);
        Assert.Equal("Optimierung (30 %)", (await runs.GetAsync("lauf-1", CancellationToken.None))!.Message);
        // Not lapsed 30 s after the last heartbeat at +20 s.
        Assert.Empty(await runs.ReleaseLapsedAsync(T0.AddSeconds(49) - Lease, _ => false, "weg", CancellationToken.None));

        var later = T0.AddSeconds(51);
        var released = await runs.ReleaseLapsedAsync(later - Lease, _ => false, "Prozess war unterbrochen", CancellationToken.None);
        var again = await runs.ReleaseLapsedAsync(later - Lease, _ => false, "Prozess war unterbrochen", CancellationToken.None);

        Assert.Equal([new LapsedRun("lauf-1", JobKind.Solve, null, false)], released);
        Assert.Empty(again);
        var queued = await runs.GetAsync("lauf-1", CancellationToken.None);
        Assert.Equal((JobStates.Queued, "Prozess war unterbrochen", 0.4), (queued!.State, queued.Message, queued.Progress));

        var second = await runs.ClaimAsync("lauf-1", "b", later, later - Lease, "x", CancellationToken.None);
        Assert.Equal(new RunClaimResult(RunClaim.Claimed, 2), second);
        Assert.Equal(LeaseState.Lost, await runs.HeartbeatAsync("lauf-1", first.Attempt, 0.9, later, CancellationToken.None));
        Assert.False(await runs.FinishAsync("lauf-1", first.Attempt, JobStates.Failed, later, "alt", null, CancellationToken.None));
        Assert.True(await runs.FinishAsync("lauf-1", second.Attempt, JobStates.Succeeded, later, "fertig", 7, CancellationToken.None));

        var done = await runs.GetAsync("lauf-1", CancellationToken.None);
        Assert.Equal((JobStates.Succeeded, "fertig", 1.0, 7L, "b"), (done!.State, done.Message, done.Progress, done.PlanVersion!.Value, done.Instance));
        Assert.Equal(RunClaim.Finished, (await runs.ClaimAsync("lauf-1", "c", later, later - Lease, "x", CancellationToken.None)).Outcome);
    }

    private static async Task CancelBeforeStart(DatabaseOptions options)
    {
        var runs = new JobRunStore(await InfraDatabase.OpenAsync(options));
        await runs.InsertQueuedAsync("lauf-2", JobKind.KpiSnapshot, "{}", null, T0, CancellationToken.None);

        Assert.Equal(JobStates.Queued, await runs.RequestCancelAsync("lauf-2", CancellationToken.None));
        var claim = await runs.ClaimAsync("lauf-2", "a", T0, T0 - Lease, "vor dem Start abgebrochen", CancellationToken.None);

        Assert.Equal(RunClaim.CancelledBeforeStart, claim.Outcome);
        var run = await runs.GetAsync("lauf-2", CancellationToken.None);
        Assert.Equal((JobStates.Cancelled, "vor dem Start abgebrochen", (DateTimeOffset?)null), (run!.State, run.Message, run.StartedAt));
        Assert.False(await runs.CancelQueuedAsync("lauf-2", T0, "nochmal", CancellationToken.None));
        Assert.Null(await runs.RequestCancelAsync("gibt-es-nicht", CancellationToken.None));
    }

    private static async Task ScheduledOnce(DatabaseOptions options)
    {
        var runs = new JobRunStore(await InfraDatabase.OpenAsync(options));
        var fire = T0.AddMinutes(1);

        var first = await runs.InsertScheduledAsync("lauf-3", JobKind.ProgressImport, "42", fire, null, T0, CancellationToken.None);
        var redelivered = await runs.InsertScheduledAsync("lauf-4", JobKind.ProgressImport, "42", fire, null, T0, CancellationToken.None);

        Assert.Equal(("lauf-3", "lauf-3"), (first, redelivered));
        Assert.Equal("lauf-3", await runs.FindByHangfireJobAsync("42", CancellationToken.None));
        Assert.Single(await runs.ListAsync(10, CancellationToken.None));
        Assert.Equal("42", await runs.HangfireJobAsync("lauf-3", CancellationToken.None));
    }
}
