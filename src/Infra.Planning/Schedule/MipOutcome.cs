using Infra.Planning.Solver;

namespace Infra.Planning.Schedule;

/// <summary>Outcome of the time-indexed MIP: per site the first slot's first quarter in which it is live (−1: never).</summary>
/// <param name="LiveQuarter">Per site the first quarter of the first slot in which it is live (−1: never, or no solution).</param>
/// <param name="WorkStart">Per fibre site the first quarter of the first slot with digging on its path (−1 otherwise).</param>
/// <param name="Objective">MIP objective (the aggregated model's), NaN without a solution.</param>
/// <param name="BestBound">The MIP engine's proven bound of the aggregated model.</param>
/// <param name="Status">Solver status.</param>
/// <param name="Variables">Columns of the model.</param>
/// <param name="Rows">Rows of the model.</param>
/// <param name="SolveSeconds">Seconds spent in the MIP engine (loading and solving).</param>
internal sealed record MipOutcome(
    int[] LiveQuarter, int[] WorkStart, double Objective, double BestBound, SolverStatus Status, int Variables, int Rows, double SolveSeconds);
