using Infra.Data.Jobs;
using System.Diagnostics;

namespace Infra.Jobs.Tests.Support;

/// <summary>Polls the job history until a run reaches a condition.</summary>
internal static class JobWaits
{
    public static async Task<JobRun> UntilAsync(IJobService jobs, string runId, Func<JobRun, bool> condition, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        JobRun? run = null;
        while (clock.Elapsed < timeout)
        {
            run = await jobs.GetAsync(runId, CancellationToken.None);
            if (run is not null && condition(run))
            {
                return run;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"run {runId} did not get there in {timeout}: {run}");
    }

    public static Task<JobRun> FinishedAsync(IJobService jobs, string runId, TimeSpan timeout) =>
        UntilAsync(jobs, runId, r => JobStates.IsFinished(r.State), timeout);
}
