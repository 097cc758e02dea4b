using Infra.Core.Inputs;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Infra.Jobs.Execution;

/// <summary>
/// The life of one run around a job body: marks it running in <c>job_runs</c>, writes progress every half second,
/// turns a cancellation flag on the row into the body's cancellation token, and records the outcome. A user's cancel
/// ends the run as cancelled; a worker shutdown rethrows so that Quartz hands the firing back for recovery
/// (<c>RecoverFiringsCancelledByShutdown</c>) and the run starts again on the next worker. A crash (SIGKILL) leaves the
/// firing in Quartz's fired-triggers table; the jobs request recovery, so it runs again with <c>Recovering</c> set.
/// </summary>
internal abstract class InfraJob(JobRuntime runtime) : IJob
{
    public const string RunIdKey = "runId";
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    protected JobRuntime Runtime { get; } = runtime;

    protected abstract JobKind Kind { get; }

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var log = Runtime.Loggers.CreateLogger(GetType());
        var runs = Runtime.Runs;
        var (runId, scheduledFire) = await ResolveRunAsync(context, cancellationToken).ConfigureAwait(false);
        var message = context.Recovering ? "Prozess war unterbrochen – Lauf wird wiederholt" : null;
        var cancelledBeforeStart = await runs.StartAsync(
            runId, Kind, context.Scheduler.SchedulerInstanceId, Runtime.Time.GetUtcNow(), scheduledFire, message, CancellationToken.None).ConfigureAwait(false);
        if (cancelledBeforeStart)
        {
            await runs.FinishAsync(runId, JobStates.Cancelled, Runtime.Time.GetUtcNow(), "vor dem Start abgebrochen", null, CancellationToken.None)
                .ConfigureAwait(false);
            return;
        }

        var parameters = JobRunContext.Deserialize(await runs.ParametersAsync(runId, cancellationToken).ConfigureAwait(false));
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var progress = new LatestProgress();
        var userCancelled = false;
        using var stopWatching = new CancellationTokenSource();
        var watcher = Task.Run(
            async () =>
            {
                while (!stopWatching.IsCancellationRequested)
                {
                    try
                    {
                        await Task.Delay(PollInterval, Runtime.Time, stopWatching.Token).ConfigureAwait(false);
                        if (await runs.ProgressAsync(runId, progress.Value, null, stopWatching.Token).ConfigureAwait(false))
                        {
                            userCancelled = true;
                            await linked.CancelAsync().ConfigureAwait(false);
                        }
                    }
                    catch (OperationCanceledException)
                    {
                        return;
                    }
                    catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
                    {
                        // A busy database must not end the run; the next round tries again.
                        log.LogWarning(e, "Fortschritt von {RunId} nicht gespeichert", runId);
                    }
                }
            },
            CancellationToken.None);

        try
        {
            var outcome = await RunAsync(new JobRunContext(runId, parameters, progress, linked.Token)).ConfigureAwait(false);
            await StopAsync(stopWatching, watcher).ConfigureAwait(false);
            await runs.FinishAsync(runId, JobStates.Succeeded, Runtime.Time.GetUtcNow(), outcome.Message, outcome.PlanVersion, CancellationToken.None)
                .ConfigureAwait(false);
            log.LogInformation("Lauf {RunId} ({Kind}) erfolgreich: {Message}", runId, Kind, outcome.Message);
        }
        catch (OperationCanceledException) when (linked.IsCancellationRequested)
        {
            await StopAsync(stopWatching, watcher).ConfigureAwait(false);
            if (userCancelled || !cancellationToken.IsCancellationRequested)
            {
                await runs.FinishAsync(runId, JobStates.Cancelled, Runtime.Time.GetUtcNow(), "abgebrochen", null, CancellationToken.None).ConfigureAwait(false);
                log.LogInformation("Lauf {RunId} ({Kind}) abgebrochen", runId, Kind);
                return;
            }

            // The worker is stopping: hand the firing back to Quartz so the run starts again on the next worker.
            await runs.RequeueAsync(runId, "Worker beendet – Lauf wird beim nächsten Start wiederholt", CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await StopAsync(stopWatching, watcher).ConfigureAwait(false);
            await runs.FinishAsync(runId, JobStates.Failed, Runtime.Time.GetUtcNow(), Describe(e), null, CancellationToken.None).ConfigureAwait(false);
            log.LogError(e, "Lauf {RunId} ({Kind}) fehlgeschlagen", runId, Kind);
        }
    }

    /// <summary>The job's work; throws <see cref="OperationCanceledException"/> when its token is cancelled.</summary>
    protected abstract Task<JobOutcome> RunAsync(JobRunContext run);

    private static string Describe(Exception e) => e switch
    {
        InputException input => "Fehler in den Eingabedaten: " + string.Join("; ", input.Errors.Take(10).Select(x => x.ToString())),
        _ => e.Message,
    };

    private static async Task StopAsync(CancellationTokenSource stop, Task watcher)
    {
        await stop.CancelAsync().ConfigureAwait(false);
        await watcher.ConfigureAwait(false);
    }

    /// <summary>
    /// A queued run carries its id in the job data. A scheduled (cron) firing gets a new run, or, when Quartz recovers
    /// it after a crash, the run the same scheduled firing started before.
    /// </summary>
    private async Task<(string RunId, DateTimeOffset? ScheduledFire)> ResolveRunAsync(IJobExecutionContext context, CancellationToken ct)
    {
        if (context.MergedJobDataMap.TryGetValue(RunIdKey, out var value) && value is string { Length: > 0 } queued)
        {
            return (queued, null);
        }

        var fire = context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        var earlier = context.Recovering ? await Runtime.Runs.FindScheduledAsync(Kind, fire, ct).ConfigureAwait(false) : null;
        return (earlier ?? RunIds.New(), fire);
    }

    /// <summary>Keeps the newest progress value for the watcher to write.</summary>
    private sealed class LatestProgress : IProgress<double>
    {
        private double value;

        public double Value => Volatile.Read(ref value);

        public void Report(double value) => Volatile.Write(ref this.value, value);
    }
}

/// <summary>Short, unique run ids (12 hex digits), easy to type into <c>infra jobs cancel</c>.</summary>
internal static class RunIds
{
    public static string New() => Guid.NewGuid().ToString("N")[..12];
}
