namespace Infra.Planning.Solver;

/// <summary>
/// Maps CBC's branch-and-bound status to <see cref="SolverStatus"/>. CBC: status 0 finished, 1 stopped on a limit,
/// 2 abandoned, 5 user stop; secondary 0 completed, 1 LP infeasible, 2 gap, 3 nodes, 4 time, 5 user, 6 solutions,
/// 7 LP unbounded, 8 iterations. A gap stop still reports "proven optimal", so the secondary status decides.
/// </summary>
internal static class CbcStatusMap
{
    internal static SolverStatus Mip(
        int status, int secondary, bool hasSolution, bool provenOptimal, bool provenInfeasible, bool continuousUnbounded)
    {
        if (continuousUnbounded || secondary == 7)
        {
            return SolverStatus.Unbounded;
        }

        if (provenInfeasible || (secondary == 1 && !hasSolution))
        {
            return SolverStatus.Infeasible;
        }

        if (status == 2)
        {
            return hasSolution ? SolverStatus.Feasible : SolverStatus.Error;
        }

        if (status == 0 && secondary is 0 or -1 && provenOptimal && hasSolution)
        {
            return SolverStatus.Optimal;
        }

        if (hasSolution)
        {
            return SolverStatus.Feasible;
        }

        return status is 1 or 5 ? SolverStatus.NoSolutionInTime : SolverStatus.Error;
    }

    /// <summary>Absolute tolerance under which objective and bound count as equal.</summary>
    internal static double Tolerance(double objective) => 1e-9 * Math.Max(1, Math.Abs(objective));
}
