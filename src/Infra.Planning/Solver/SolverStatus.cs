namespace Infra.Planning.Solver;

/// <summary>Outcome of <see cref="LinearSolver.Solve"/>. Limits, gaps and infeasibility are statuses, never exceptions.</summary>
public enum SolverStatus
{
    /// <summary>Proven optimal (within the engine's default tolerances, not a user gap).</summary>
    Optimal,

    /// <summary>A feasible solution, stopped by the time limit or by the relative gap; see <see cref="SolverResult.RelativeGap"/>.</summary>
    Feasible,

    /// <summary>Proven infeasible.</summary>
    Infeasible,

    /// <summary>The (LP relaxation of the) model is unbounded.</summary>
    Unbounded,

    /// <summary>A limit was reached before any feasible solution was found.</summary>
    NoSolutionInTime,

    /// <summary>The engine abandoned the solve (numerical trouble, invalid model) or returned a status this façade does not know.</summary>
    Error,
}
