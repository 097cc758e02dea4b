using System.Globalization;
using Hangfire;
using Hangfire.States;
using Infra.Data.Jobs;
using Infra.Jobs.Execution;
using Infra.Jobs.Jobs;

namespace Infra.Jobs;

/// <summary>
/// Queues runs as Hangfire jobs in the persistent storage (any worker on the database picks them up) and answers from
/// <c>job_runs</c>. Needs no running server in this process, which is how the CLI queues for a worker.
/// </summary>
internal sealed class JobService(JobRuntime runtime, IBackgroundJobClient client) : IJobService
{
    public Task<string> EnqueueSolveAsync(string scenarioName, string? requestedBy, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scenarioName);
        return EnqueueAsync(JobKind.Solve, new Dictionary<string, string> { [SolveJob.ScenarioKey] = scenarioName }, scenarioName, requestedBy, ct);
    }

    public Task<string> EnqueueReplanAsync(long basedOnVersion, DateOnly from, string? requestedBy, CancellationToken ct) =>
        EnqueueAsync(
            JobKind.Replan,
            new Dictionary<string, string>
            {
                [ReplanJob.BasedOnKey] = basedOnVersion.ToString(CultureInfo.InvariantCulture),
                [ReplanJob.FromKey] = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            },
            string.Create(CultureInfo.InvariantCulture, $"von Plan {basedOnVersion} ab {from:dd.MM.yyyy}"),
            requestedBy,
            ct);

    public Task<string> TriggerAsync(JobKind kind, string? requestedBy, CancellationToken ct) => kind switch
    {
        JobKind.KpiSnapshot or JobKind.DeadlineRisk or JobKind.ProgressImport => EnqueueAsync(kind, new Dictionary<string, string>(), null, requestedBy, ct),
        _ => throw new ArgumentException($"{kind} braucht Parameter: EnqueueSolveAsync oder EnqueueReplanAsync", nameof(kind)),
    };

    public async Task<bool> CancelAsync(string runId, CancellationToken ct)
    {
        var runs = await runtime.RunsAsync(ct).ConfigureAwait(false);
        var run = await runs.GetAsync(runId, ct).ConfigureAwait(false);
        if (run is null || JobStates.IsFinished(run.State))
        {
            return false;
        }

        // The flag reaches the run wherever it executes (its lease keeper reads it every half second).
        await runs.RequestCancelAsync(runId, ct).ConfigureAwait(false);
        await runs.CancelQueuedAsync(runId, runtime.Time.GetUtcNow(), "vor dem Start abgebrochen", ct).ConfigureAwait(false);
        if (await runs.HangfireJobAsync(runId, ct).ConfigureAwait(false) is { } job)
        {
            // Deleted, the job is never started or re-queued again, and shows as deleted in the Hangfire dashboard.
            client.Delete(job);
        }

        return true;
    }

    public async Task<JobRun?> GetAsync(string runId, CancellationToken ct) =>
        await (await runtime.RunsAsync(ct).ConfigureAwait(false)).GetAsync(runId, ct).ConfigureAwait(false);

    public async Task<IReadOnlyList<JobRun>> ListAsync(int limit, CancellationToken ct) =>
        await (await runtime.RunsAsync(ct).ConfigureAwait(false)).ListAsync(limit, ct).ConfigureAwait(false);

    private async Task<string> EnqueueAsync(
        JobKind kind, Dictionary<string, string> parameters, string? detail, string? requestedBy, CancellationToken ct)
    {
        var runs = await runtime.RunsAsync(ct).ConfigureAwait(false);
        var runId = RunIds.New();
        // The row first: the job reads its parameters from it, and may start the moment Hangfire has it.
        await runs.InsertQueuedAsync(runId, kind, JobRunContext.Serialize(parameters), requestedBy, runtime.Time.GetUtcNow(), ct).ConfigureAwait(false);
        try
        {
            var job = client.Create(JobCatalog.QueuedJob(runId, kind, detail), new EnqueuedState());
            await runs.SetHangfireJobAsync(runId, job, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await runs.FinishAsync(runId, null, JobStates.Failed, runtime.Time.GetUtcNow(), "konnte nicht eingeplant werden: " + e.Message, null, CancellationToken.None)
                .ConfigureAwait(false);
            throw;
        }

        return runId;
    }
}
