namespace Infra.Data.Jobs;

/// <summary>
/// One run of a job as <c>job_runs</c> records it. <see cref="State"/> is <c>queued|running|succeeded|failed|cancelled</c>,
/// <see cref="Progress"/> 0..1, <see cref="Instance"/> the worker that ran it last.
/// </summary>
public sealed record JobRun(string RunId, JobKind Kind, string State, double Progress, DateTimeOffset QueuedAt,
    DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, string? Message, long? PlanVersion, string? RequestedBy, string Instance);
