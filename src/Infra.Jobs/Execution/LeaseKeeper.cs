using Infra.Data.Jobs;
using Microsoft.Extensions.Logging;

namespace Infra.Jobs.Execution;

/// <summary>
/// Renews a running attempt's lease every half second and writes its latest progress with it. Cancels the run when a
/// cancellation was requested on its row (from any process) or when the lease was lost (the run was handed on).
/// </summary>
internal sealed class LeaseKeeper : IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    private readonly CancellationTokenSource stop = new();
    private readonly LatestProgress progress = new();
    private readonly Task loop;
    private volatile bool userCancelled;
    private volatile bool lost;

    private LeaseKeeper(JobRunStore runs, string runId, int attempt, TimeProvider time, CancellationTokenSource run, ILogger log)
    {
        loop = Task.Run(() => KeepAsync(runs, runId, attempt, time, run, log), CancellationToken.None);
    }

    public IProgress<double> Progress => progress;

    /// <summary>What the run is doing, one German line; written with the next heartbeat.</summary>
    public IProgress<string> Message => progress;

    /// <summary>Someone asked to cancel the run.</summary>
    public bool UserCancelled => userCancelled;

    /// <summary>The run is no longer this attempt's.</summary>
    public bool Lost => lost;

    public static LeaseKeeper Start(JobRunStore runs, string runId, int attempt, TimeProvider time, CancellationTokenSource run, ILogger log) =>
        new(runs, runId, attempt, time, run, log);

    public async Task StopAsync()
    {
        await stop.CancelAsync().ConfigureAwait(false);
        await loop.ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        stop.Dispose();
    }

    private async Task KeepAsync(JobRunStore runs, string runId, int attempt, TimeProvider time, CancellationTokenSource run, ILogger log)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Interval, time, stop.Token).ConfigureAwait(false);
                var state = await runs.HeartbeatAsync(runId, attempt, progress.Value, time.GetUtcNow(), stop.Token, progress.Text).ConfigureAwait(false);
                if (state == LeaseState.Held)
                {
                    continue;
                }

                userCancelled |= state == LeaseState.CancelRequested;
                lost |= state == LeaseState.Lost;
                await run.CancelAsync().ConfigureAwait(false);
                if (lost)
                {
                    return;
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
            {
                // A busy database must not end the run; the next round tries again (the lease outlasts a few misses).
                log.LogWarning(e, "Herzschlag von Lauf {RunId} nicht gespeichert", runId);
            }
        }
    }

    /// <summary>Keeps the newest progress value and line for the next heartbeat (so a chatty solver costs no writes).</summary>
    private sealed class LatestProgress : IProgress<double>, IProgress<string>
    {
        private double value;
        private string? text;

        public double Value => Volatile.Read(ref value);

        public string? Text => Volatile.Read(ref text);

        public void Report(double value) => Volatile.Write(ref this.value, value);

        public void Report(string value) => Volatile.Write(ref text, value);
    }
}
