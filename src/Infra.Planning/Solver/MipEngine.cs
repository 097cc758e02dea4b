namespace Infra.Planning.Solver;

/// <summary>The OR-Tools backend that solves models with integer variables (<see cref="LinearSolver.Solve"/>).</summary>
public enum MipEngine
{
    /// <summary>SCIP 10 with SoPlex (OR-Tools' "SCIP"): the default, measured in docs/planning.md.</summary>
    Scip,

    /// <summary>HiGHS 1.12 branch-and-cut (OR-Tools' "HIGHS").</summary>
    Highs,
}
