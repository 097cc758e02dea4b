namespace Infra.Core.Plans;

/// <summary>How the rollout schedule was found (objective in points, docs/schedule.md) and whether the deadline holds.</summary>
/// <param name="StartQuarter">First quarter, "2019-Q1".</param>
/// <param name="DeadlineQuarter">The deadline's quarter, "2028-Q2".</param>
/// <param name="Method">"MIP" or "Baseline" (list scheduling).</param>
/// <param name="ObjectivePoints">Objective of the returned schedule.</param>
/// <param name="BestBoundPoints">Proven lower bound; NaN when none.</param>
/// <param name="Gap">(objective − bound) / objective, 0..1.</param>
/// <param name="BaselineObjectivePoints">Objective of the list-scheduling baseline.</param>
/// <param name="Seconds">Wall time of the schedule stage.</param>
/// <param name="DeadlineHolds">True when every site is connected (own uplink or bridge) by the deadline quarter.</param>
/// <param name="BridgedSites">Sites bridged by an interim leased line.</param>
/// <param name="MissedSites">Sites neither live nor bridged by the deadline.</param>
/// <param name="ExtraCapacityNeeded">What would make the deadline hold, when it does not (null otherwise).</param>
[SnakeCaseJson]
public sealed record ScheduleSummary(
    string StartQuarter,
    string DeadlineQuarter,
    string Method,
    double ObjectivePoints,
    double BestBoundPoints,
    double Gap,
    double BaselineObjectivePoints,
    double Seconds,
    bool DeadlineHolds,
    int BridgedSites,
    int MissedSites,
    ExtraCapacity? ExtraCapacityNeeded);
