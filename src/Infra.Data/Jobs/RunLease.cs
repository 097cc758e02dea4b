namespace Infra.Data.Jobs;

/// <summary>What <see cref="JobRunStore.ClaimAsync"/> found: whether this attempt may run the job now.</summary>
public enum RunClaim
{
    /// <summary>The run is this attempt's: it is marked running and holds the lease.</summary>
    Claimed,

    /// <summary>A cancellation was requested before it started; the run is now cancelled.</summary>
    CancelledBeforeStart,

    /// <summary>Another attempt holds a live lease (a duplicate delivery): wait for it.</summary>
    Busy,

    /// <summary>The run has already ended.</summary>
    Finished,

    /// <summary>There is no such run.</summary>
    Unknown,
}

/// <summary>The outcome of a claim and, when claimed, the attempt number that owns the lease.</summary>
public sealed record RunClaimResult(RunClaim Outcome, int Attempt);

/// <summary>What a heartbeat found.</summary>
public enum LeaseState
{
    /// <summary>The lease is renewed.</summary>
    Held,

    /// <summary>The lease is renewed, and someone asked to cancel the run.</summary>
    CancelRequested,

    /// <summary>The run is no longer this attempt's (its lease lapsed and the run was handed on).</summary>
    Lost,
}

/// <summary>A running run whose lease lapsed (its worker died) and that <see cref="JobRunStore.ReleaseLapsedAsync"/> put back to queued.</summary>
public sealed record LapsedRun(string RunId, JobKind Kind, string? HangfireJob, bool CancelRequested);
