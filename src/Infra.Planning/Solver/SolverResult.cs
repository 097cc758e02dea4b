namespace Infra.Planning.Solver;

/// <summary>
/// Result of a solve, in the objective's own sense (a maximisation reports its maximum) including the offset.
/// </summary>
/// <param name="Status">What happened.</param>
/// <param name="ObjectiveValue">Objective of the returned solution; NaN when there is none.</param>
/// <param name="BestBound">Proven bound: ≤ objective when minimising, ≥ when maximising. Equals the objective when
/// optimal and the LP objective for LP-only or relaxation solves; NaN when unknown (infeasible, unbounded).</param>
/// <param name="RelativeGap">|objective − bound| / max(|objective|, 1e-9); 0 when optimal, NaN without a solution.</param>
/// <param name="WallTime">Time spent solving (all rounds, including loading the model into OR-Tools).</param>
/// <param name="NodeCount">Branch-and-bound nodes (last round); 0 for LPs.</param>
/// <param name="Values">Solution values by <see cref="Variable.Index"/>; empty when there is no solution.</param>
public sealed record SolverResult(
    SolverStatus Status,
    double ObjectiveValue,
    double BestBound,
    double RelativeGap,
    TimeSpan WallTime,
    int NodeCount,
    double[] Values)
{
    /// <summary>True for <see cref="SolverStatus.Optimal"/> and <see cref="SolverStatus.Feasible"/>.</summary>
    public bool HasSolution => Status is SolverStatus.Optimal or SolverStatus.Feasible;
}
