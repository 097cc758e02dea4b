using Hangfire;
using Hangfire.Server;
using Hangfire.States;
using Infra.Core.Inputs;
using Infra.Data.Jobs;
using Microsoft.Extensions.Logging;

namespace Infra.Jobs.Execution;

/// <summary>
/// The life of one run around a job body, as Hangfire performs it. The attempt claims the run in <c>job_runs</c> (and
/// with it the lease), renews the lease with its progress every half second, turns a cancellation flag on the row into
/// the body's cancellation token, and records the outcome. A user's cancel ends the run as cancelled. A worker shutdown
/// (SIGTERM) puts the run back to queued and rethrows, so that Hangfire re-queues the job for the next worker. A crash
/// (SIGKILL) leaves the run running with a lease nobody renews: <see cref="LeaseWatchdog"/> on any live worker hands it
/// back to Hangfire's queue once the lease has lapsed. A second delivery of a run whose lease is alive waits for it.
/// Failures are recorded and rethrown for Hangfire's failed list; Hangfire never retries a run by itself.
/// </summary>
internal abstract class InfraJob(JobRuntime runtime)
{
    private static readonly TimeSpan BusyPoll = TimeSpan.FromSeconds(1);

    protected JobRuntime Runtime { get; } = runtime;

    protected abstract JobKind Kind { get; }

    /// <summary>A queued run; its parameters are in <c>job_runs</c>, <paramref name="title"/> is what the Hangfire dashboard shows.</summary>
    [JobDisplayName("{1} (Lauf {0})")]
    [AutomaticRetry(Attempts = 0)]
    public Task RunAsync(string runId, string title, PerformContext? context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ExecuteAsync(runId, context, cancellationToken);
    }

    /// <summary>A firing of a recurring schedule: a new run, or the one the same firing started before a crash.</summary>
    [JobDisplayName("{0} (Zeitplan)")]
    [AutomaticRetry(Attempts = 0)]
    public async Task ScheduledAsync(string title, PerformContext? context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var runs = await Runtime.RunsAsync(cancellationToken).ConfigureAwait(false);
        var runId = await runs.FindByHangfireJobAsync(context.BackgroundJob.Id, cancellationToken).ConfigureAwait(false)
            ?? await NewScheduledRunAsync(runs, context, cancellationToken).ConfigureAwait(false);
        if (runId is not null)
        {
            await ExecuteAsync(runId, context, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The job's work; throws <see cref="OperationCanceledException"/> when its token is cancelled.</summary>
    protected abstract Task<JobOutcome> RunAsync(JobRunContext run);

    /// <summary>
    /// Prepares the run of a scheduled firing before it is recorded; false when the firing has nothing to do and should
    /// leave no run (the drop-folder poll claims the waiting reports here). Called under a cluster-wide lock per kind.
    /// </summary>
    protected virtual Task<bool> PrepareScheduledRunAsync(JobRunStore runs, string runId, CancellationToken ct) => Task.FromResult(true);

    /// <summary>The run of a firing seen for the first time, or null when the firing is idle.</summary>
    private async Task<string?> NewScheduledRunAsync(JobRunStore runs, PerformContext context, CancellationToken ct)
    {
        // One firing at a time per kind decides whether it has work, so that two firings never split one batch of reports.
        using var turn = context.Connection.AcquireDistributedLock($"infra:scheduled:{Kind}", TimeSpan.FromMinutes(5));
        if (await runs.FindByHangfireJobAsync(context.BackgroundJob.Id, ct).ConfigureAwait(false) is { } existing)
        {
            return existing;
        }

        var runId = RunIds.New();
        if (!await PrepareScheduledRunAsync(runs, runId, ct).ConfigureAwait(false))
        {
            // An idle poll leaves no trace in the history.
            return null;
        }

        return await runs.InsertScheduledAsync(runId, Kind, context.BackgroundJob.Id, ScheduledTime(context), null, Runtime.Time.GetUtcNow(), ct)
            .ConfigureAwait(false);
    }

    private async Task ExecuteAsync(string runId, PerformContext context, CancellationToken cancellationToken)
    {
        var log = Runtime.Loggers.CreateLogger(GetType());
        var runs = await Runtime.RunsAsync(cancellationToken).ConfigureAwait(false);
        var claim = await ClaimAsync(runs, runId, cancellationToken).ConfigureAwait(false);
        if (claim.Outcome != RunClaim.Claimed)
        {
            return;
        }

        Runtime.Active[runId] = true;
        try
        {
            var parameters = JobRunContext.Deserialize(await runs.ParametersAsync(runId, cancellationToken).ConfigureAwait(false));
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            await using var lease = LeaseKeeper.Start(runs, runId, claim.Attempt, Runtime.Time, linked, log);
            try
            {
                var outcome = await RunAsync(new JobRunContext(runId, parameters, lease.Progress, linked.Token, lease.Message)).ConfigureAwait(false);
                await lease.StopAsync().ConfigureAwait(false);
                await runs.FinishAsync(runId, claim.Attempt, JobStates.Succeeded, Runtime.Time.GetUtcNow(), outcome.Message, outcome.PlanVersion, CancellationToken.None)
                    .ConfigureAwait(false);
                log.LogInformation("Lauf {RunId} ({Kind}) erfolgreich: {Message}", runId, Kind, outcome.Message);
            }
            catch (OperationCanceledException) when (linked.IsCancellationRequested)
            {
                await lease.StopAsync().ConfigureAwait(false);
                if (lease.Lost)
                {
                    // Handed on while it ran: another attempt owns the run and its Hangfire job now.
                    throw new JobAbortedException();
                }

                if (await CancelledByUserAsync(runs, runId, lease, context, cancellationToken).ConfigureAwait(false))
                {
                    await runs.FinishAsync(runId, claim.Attempt, JobStates.Cancelled, Runtime.Time.GetUtcNow(), "abgebrochen", null, CancellationToken.None)
                        .ConfigureAwait(false);
                    log.LogInformation("Lauf {RunId} ({Kind}) abgebrochen", runId, Kind);
                    return;
                }

                // The worker is stopping: the run goes back to queued and Hangfire re-queues its job for the next worker.
                await runs.RequeueAsync(runId, claim.Attempt, "Worker beendet – Lauf wird beim nächsten Start wiederholt", CancellationToken.None)
                    .ConfigureAwait(false);
                throw;
            }
            catch (Exception e) when (e is not OperationCanceledException || !linked.IsCancellationRequested)
            {
                await lease.StopAsync().ConfigureAwait(false);
                if (lease.Lost)
                {
                    throw new JobAbortedException();
                }

                await runs.FinishAsync(runId, claim.Attempt, JobStates.Failed, Runtime.Time.GetUtcNow(), Describe(e), null, CancellationToken.None)
                    .ConfigureAwait(false);
                log.LogError(e, "Lauf {RunId} ({Kind}) fehlgeschlagen", runId, Kind);
                throw;
            }
        }
        finally
        {
            Runtime.Active.TryRemove(runId, out _);
        }
    }

    /// <summary>Claims the run; a delivery that finds another attempt's live lease waits until that attempt ends or dies.</summary>
    private async Task<RunClaimResult> ClaimAsync(JobRunStore runs, string runId, CancellationToken ct)
    {
        while (true)
        {
            var now = Runtime.Time.GetUtcNow();
            var claim = await runs.ClaimAsync(runId, Runtime.Options.InstanceName, now, now - Runtime.Options.LeaseTimeout, "vor dem Start abgebrochen", ct)
                .ConfigureAwait(false);
            if (claim.Outcome != RunClaim.Busy)
            {
                return claim;
            }

            await Task.Delay(BusyPoll, Runtime.Time, ct).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Whether a cancelled body was cancelled on purpose: the flag on the row (the CLI, the API, any node), or the job
    /// deleted in the Hangfire dashboard. Otherwise Hangfire stopped it with its worker.
    /// </summary>
    private static async Task<bool> CancelledByUserAsync(
        JobRunStore runs, string runId, LeaseKeeper lease, PerformContext context, CancellationToken hangfireToken)
    {
        if (lease.UserCancelled || !hangfireToken.IsCancellationRequested)
        {
            return true;
        }

        return await runs.CancelRequestedAsync(runId, CancellationToken.None).ConfigureAwait(false) || context.Connection.GetStateData(context.BackgroundJob.Id)?.Name == DeletedState.StateName;
    }

    private static DateTimeOffset ScheduledTime(PerformContext context)
    {
        var seconds = context.GetJobParameter<long?>("Time", allowStale: true);
        return seconds is { } s
            ? DateTimeOffset.FromUnixTimeSeconds(s)
            : new DateTimeOffset(DateTime.SpecifyKind(context.BackgroundJob.CreatedAt, DateTimeKind.Utc));
    }

    private static string Describe(Exception e) => e switch
    {
        InputException input => "Fehler in den Eingabedaten: " + string.Join("; ", input.Errors.Take(10).Select(x => x.ToString())),
        _ => e.Message,
    };
}
