namespace Infra.Planning.Solver;

/// <summary>What a long optimisation stage is doing, for progress displays (labels are chosen at the edges).</summary>
public enum SolverPhase
{
    /// <summary>Greedy baseline of the network design.</summary>
    Greedy,

    /// <summary>LP cutting-plane loop of the directed-cut model (round, bound).</summary>
    CuttingPlanes,

    /// <summary>Branch-and-cut (lazy rounds on SCIP or HiGHS).</summary>
    BranchAndCut,

    /// <summary>Cutting-plane loop proving the bound on the whole graph (restricted design graph).</summary>
    WholeGraphBound,

    /// <summary>Rollout schedule: list scheduling baseline.</summary>
    ListSchedule,

    /// <summary>Rollout schedule: time-indexed LP (bound, orders).</summary>
    ScheduleBound,

    /// <summary>Rollout schedule: CP-SAT search (incumbent, bound).</summary>
    CpSat,

    /// <summary>Rollout schedule: local search on the list scheduler's input.</summary>
    LocalSearch,
}
