namespace Infra.Planning.Plans;

/// <summary>How much a <see cref="PlanVerdict"/> weighs.</summary>
public enum VerdictSeverity
{
    /// <summary>Worth knowing; the plan stands.</summary>
    Info,

    /// <summary>The plan stands, but a large part of it is not what the city asked for.</summary>
    Warning,

    /// <summary>The plan is not usable as it is (inputs missing); the run fails unless partial plans are allowed.</summary>
    Error,
}
