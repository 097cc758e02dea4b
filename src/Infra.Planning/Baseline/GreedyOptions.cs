namespace Infra.Planning.Baseline;

/// <summary>Limits of one <see cref="GreedyBaseline"/> run.</summary>
public sealed record GreedyOptions
{
    /// <summary>
    /// Seconds the greedy may use; when they are up it stops with the best design so far (every step keeps the
    /// design within the limits, so that design is feasible). Infinity: no limit.
    /// </summary>
    public double TimeLimitSeconds { get; init; } = double.PositiveInfinity;

    /// <summary>The clock the time limit is read from.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
