using Hangfire;
using Hangfire.Server;
using Hangfire.States;
using Hangfire.Storage;
using Infra.Data.Jobs;
using Microsoft.Extensions.Logging;

namespace Infra.Jobs.Execution;

/// <summary>
/// Runs on every worker (a Hangfire background process, every five seconds) and hands on the runs whose worker died:
/// a running run whose lease lapsed goes back to queued (one node wins the conditional update) and its Hangfire job is
/// re-queued. Hangfire's SQL storages would re-deliver such a job only after their invisibility timeout (30 minutes).
/// A queued run that no Hangfire job carries (an enqueue that died half-way, or runs queued before the switch from
/// Quartz) gets one.
/// </summary>
internal sealed class LeaseWatchdog(JobRuntime runtime, IBackgroundJobClient client) : IBackgroundProcess
{
    private const string AdoptMarker = "adopt:";
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    private readonly ILogger log = runtime.Loggers.CreateLogger<LeaseWatchdog>();

    public void Execute(BackgroundProcessContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        SweepAsync(context.Storage, context.StoppingToken).GetAwaiter().GetResult();
        context.Wait(Interval);
    }

    public async Task SweepAsync(JobStorage storage, CancellationToken ct)
    {
        var runs = await runtime.RunsAsync(ct).ConfigureAwait(false);
        var now = runtime.Time.GetUtcNow();
        var cutoff = now - runtime.Options.LeaseTimeout;
        var lapsed = await runs.ReleaseLapsedAsync(cutoff, runtime.Active.ContainsKey, "Prozess war unterbrochen – Lauf wird wiederholt", ct)
            .ConfigureAwait(false);
        foreach (var run in lapsed)
        {
            log.LogWarning("Lauf {RunId} ({Kind}) hatte keinen Herzschlag mehr – wird wiederholt", run.RunId, run.Kind);
            var state = run.HangfireJob is { } job && !job.StartsWith(AdoptMarker, StringComparison.Ordinal) ? StateOf(storage, job) : null;
            if (run.CancelRequested || state == DeletedState.StateName)
            {
                await runs.FinishAsync(run.RunId, null, JobStates.Cancelled, now, "abgebrochen", null, ct).ConfigureAwait(false);
            }
            else if (state is null || !client.ChangeState(run.HangfireJob!, new EnqueuedState(), state))
            {
                // No Hangfire job to re-queue (expired, or from before Hangfire): a new one carries the run.
                await AdoptAsync(runs, run.RunId, run.Kind, ct).ConfigureAwait(false);
            }
        }

        foreach (var (runId, kind) in await runs.UnscheduledAsync(cutoff, ct).ConfigureAwait(false))
        {
            if (await runs.TryAdoptAsync(runId, AdoptMarker + Guid.NewGuid().ToString("N"), ct).ConfigureAwait(false))
            {
                await AdoptAsync(runs, runId, kind, ct).ConfigureAwait(false);
            }
        }
    }

    private static string? StateOf(JobStorage storage, string job)
    {
        using var connection = storage.GetConnection();
        return connection.GetStateData(job)?.Name;
    }

    private async Task AdoptAsync(JobRunStore runs, string runId, JobKind kind, CancellationToken ct)
    {
        var job = client.Create(JobCatalog.QueuedJob(runId, kind), new EnqueuedState());
        await runs.SetHangfireJobAsync(runId, job, ct).ConfigureAwait(false);
        log.LogInformation("Lauf {RunId} ({Kind}) mit Hangfire-Auftrag {Job} eingereiht", runId, kind, job);
    }
}
