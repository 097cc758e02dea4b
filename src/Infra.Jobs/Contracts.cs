using Infra.Data;

namespace Infra.Jobs;

/// <summary>The kinds of background job (names stored in <c>job_runs.kind</c>).</summary>
public enum JobKind
{
    Solve,
    ProgressImport,
    KpiSnapshot,
    DeadlineRisk,
    Replan,
}

/// <summary>
/// One run of a job as <c>job_runs</c> records it. <see cref="State"/> is <c>queued|running|succeeded|failed|cancelled</c>,
/// <see cref="Progress"/> 0..1, <see cref="Instance"/> the Quartz instance id of the node that ran it last.
/// </summary>
public sealed record JobRun(string RunId, JobKind Kind, string State, double Progress, DateTimeOffset QueuedAt,
    DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, string? Message, long? PlanVersion, string? RequestedBy, string Instance);

/// <summary>
/// How the jobs run: the app database (Quartz keeps its tables there too), the folder of scenario files solve jobs
/// look names up in, the drop folder progress reports arrive in, clustering (PostgreSQL only) and the two schedules
/// (Quartz cron, seconds first).
/// </summary>
public sealed record JobsOptions(DatabaseOptions Database, string ScenarioFolder, string DropFolder,
    bool Clustered = false, string InstanceId = "AUTO", string KpiCron = "0 0 2 * * ?", string ProgressPollCron = "0 * * * * ?");

/// <summary>Queues, cancels and lists background jobs; every node of a cluster sees the same history.</summary>
public interface IJobService
{
    Task<string> EnqueueSolveAsync(string scenarioName, string? requestedBy, CancellationToken ct);

    Task<string> EnqueueReplanAsync(long basedOnVersion, DateOnly from, string? requestedBy, CancellationToken ct);

    /// <summary>Runs a KPI snapshot, a deadline-risk projection or a drop-folder import now (solve and re-plan take parameters).</summary>
    Task<string> TriggerAsync(JobKind kind, string? requestedBy, CancellationToken ct);

    /// <summary>Cancels a queued or running run; false when it is unknown or already finished.</summary>
    Task<bool> CancelAsync(string runId, CancellationToken ct);

    Task<JobRun?> GetAsync(string runId, CancellationToken ct);

    /// <summary>The newest <paramref name="limit"/> runs, newest first.</summary>
    Task<IReadOnlyList<JobRun>> ListAsync(int limit, CancellationToken ct);
}

/// <summary>A site's projected go-live against the deadline, as the deadline-risk job stored it.</summary>
public sealed record DeadlineRisk(string SiteId, string Name, string District, string Technology, DateOnly? PlannedLive,
    DateOnly? ProjectedLive, bool MissesDeadline, string Reason);

/// <summary>Reads what the newest deadline-risk run stored.</summary>
public interface IRiskStore
{
    /// <summary>Every unfinished site of the newest run (filter <see cref="DeadlineRisk.MissesDeadline"/> for the risks), misses first.</summary>
    Task<IReadOnlyList<DeadlineRisk>> LatestAsync(CancellationToken ct);
}
