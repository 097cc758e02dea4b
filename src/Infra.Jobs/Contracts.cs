using Infra.Data;
using Infra.Data.Jobs;

namespace Infra.Jobs;

/// <summary>
/// How the jobs run: the app database (Hangfire keeps its storage there too), the folder of scenario files solve jobs
/// look names up in, the drop folder progress reports arrive in, the worker's name in the history and the three
/// recurring schedules (cron, five fields, or six with seconds first; in the server's local time zone).
/// </summary>
public sealed record JobsOptions(DatabaseOptions Database, string ScenarioFolder, string DropFolder,
    string InstanceId = "AUTO", string KpiCron = "0 2 * * *", string ProgressPollCron = "* * * * *", string RiskCron = "15 2 * * *")
{
    /// <summary>Runs at a time per worker (solves are CPU-bound).</summary>
    public int WorkerCount { get; init; } = 3;

    /// <summary>How often a worker looks at the recurring schedules.</summary>
    public TimeSpan SchedulePolling { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>A running run whose heartbeat is older than this has lost its worker and is handed on.</summary>
    public TimeSpan LeaseTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The name this worker records in the history (<see cref="JobRun.Instance"/>): <see cref="InstanceId"/>, or host:pid.</summary>
    public string InstanceName => string.Equals(InstanceId, "AUTO", StringComparison.OrdinalIgnoreCase)
        ? $"{Environment.MachineName.ToLowerInvariant()}:{Environment.ProcessId}"
        : InstanceId;
}

/// <summary>Queues, cancels and lists background jobs; every worker on the database sees the same history.</summary>
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
