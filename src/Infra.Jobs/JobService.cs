using System.Globalization;
using Infra.Jobs.Execution;
using Infra.Jobs.Jobs;
using Infra.Jobs.Persistence;
using Quartz;

namespace Infra.Jobs;

/// <summary>
/// Queues runs as one-shot Quartz jobs in the persistent store (any node of the cluster, or the worker, picks them up)
/// and answers from <c>job_runs</c>. Works without a started scheduler, which is how the CLI queues for a worker.
/// </summary>
internal sealed class JobService(ISchedulerFactory schedulers, JobRunStore runs, JobsSchema schema, TimeProvider time) : IJobService
{
    public Task<string> EnqueueSolveAsync(string scenarioName, string? requestedBy, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scenarioName);
        return EnqueueAsync(JobKind.Solve, new Dictionary<string, string> { [SolveJob.ScenarioKey] = scenarioName }, requestedBy, ct);
    }

    public Task<string> EnqueueReplanAsync(long basedOnVersion, DateOnly from, string? requestedBy, CancellationToken ct) =>
        EnqueueAsync(
            JobKind.Replan,
            new Dictionary<string, string>
            {
                [ReplanJob.BasedOnKey] = basedOnVersion.ToString(CultureInfo.InvariantCulture),
                [ReplanJob.FromKey] = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            },
            requestedBy,
            ct);

    public Task<string> TriggerAsync(JobKind kind, string? requestedBy, CancellationToken ct) => kind switch
    {
        JobKind.KpiSnapshot or JobKind.DeadlineRisk or JobKind.ProgressImport => EnqueueAsync(kind, new Dictionary<string, string>(), requestedBy, ct),
        _ => throw new ArgumentException($"{kind} braucht Parameter: EnqueueSolveAsync oder EnqueueReplanAsync", nameof(kind)),
    };

    public async Task<bool> CancelAsync(string runId, CancellationToken ct)
    {
        await schema.EnsureAsync(ct).ConfigureAwait(false);
        var run = await runs.GetAsync(runId, ct).ConfigureAwait(false);
        if (run is null || JobStates.IsFinished(run.State))
        {
            return false;
        }

        // The flag reaches the run wherever it executes (the job polls its row); interrupting here is only faster.
        await runs.RequestCancelAsync(runId, ct).ConfigureAwait(false);
        var scheduler = await schedulers.GetScheduler(ct).ConfigureAwait(false);
        var key = JobCatalog.KeyOf(runId, run.Kind);
        if (run.State == JobStates.Queued && await scheduler.DeleteJob(key, ct).ConfigureAwait(false))
        {
            // Deleted before any node fired it: it will never start.
            var now = await runs.GetAsync(runId, ct).ConfigureAwait(false);
            if (now?.State == JobStates.Queued)
            {
                await runs.FinishAsync(runId, JobStates.Cancelled, time.GetUtcNow(), "vor dem Start abgebrochen", null, ct).ConfigureAwait(false);
            }

            return true;
        }

        try
        {
            await scheduler.Interrupt(key, ct).ConfigureAwait(false);
        }
        catch (SchedulerException)
        {
            // Not running here and the store cannot forward it: the flag on the row still stops it.
        }

        return true;
    }

    public async Task<JobRun?> GetAsync(string runId, CancellationToken ct)
    {
        await schema.EnsureAsync(ct).ConfigureAwait(false);
        return await runs.GetAsync(runId, ct).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<JobRun>> ListAsync(int limit, CancellationToken ct)
    {
        await schema.EnsureAsync(ct).ConfigureAwait(false);
        return await runs.ListAsync(limit, ct).ConfigureAwait(false);
    }

    private async Task<string> EnqueueAsync(JobKind kind, Dictionary<string, string> parameters, string? requestedBy, CancellationToken ct)
    {
        await schema.EnsureAsync(ct).ConfigureAwait(false);
        var runId = RunIds.New();
        // The row first: the job reads its parameters from it, and may start the moment the trigger is stored.
        await runs.InsertQueuedAsync(runId, kind, JobRunContext.Serialize(parameters), requestedBy, time.GetUtcNow(), ct).ConfigureAwait(false);
        var job = JobBuilder.Create()
            .OfType(JobCatalog.TypeOf(kind))
            .WithIdentity(JobCatalog.KeyOf(runId, kind))
            .RequestRecovery()
            .UsingJobData(InfraJob.RunIdKey, runId)
            .Build();
        var trigger = TriggerBuilder.Create(time).WithIdentity(runId, kind.ToString()).ForJob(job).StartNow().Build();
        try
        {
            var scheduler = await schedulers.GetScheduler(ct).ConfigureAwait(false);
            await scheduler.ScheduleJob(job, trigger, cancellationToken: ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is SchedulerException or System.Data.Common.DbException)
        {
            await runs.FinishAsync(runId, JobStates.Failed, time.GetUtcNow(), "konnte nicht eingeplant werden: " + e.Message, null, CancellationToken.None)
                .ConfigureAwait(false);
            throw;
        }

        return runId;
    }
}
