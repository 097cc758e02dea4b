namespace Infra.Planning.Schedule;

/// <summary>What improves on the list-scheduling baseline of the rollout schedule.</summary>
public enum ScheduleEngine
{
    /// <summary>CP-SAT on the exact quarter model (<see cref="CpSatScheduleModel"/>), then local search: the default.</summary>
    CpSat,

    /// <summary>The time-indexed MIP on SCIP through OR-Tools (an aggregated relaxation), then local search; for comparison.</summary>
    Mip,
}
