using Infra.Core.Sites;

namespace Infra.Planning.Schedule;

/// <summary>When a site's uplink and WLAN go live, and how it is bridged.</summary>
/// <param name="SiteIndex">Index into the planning instance's sites.</param>
/// <param name="Live">Quarter its planned uplink goes live (quarter 0 for sites keeping their uplink); null when never.</param>
/// <param name="WlanInstalled">Quarter its WLAN is installed; null when none is needed (WLAN complete) or not scheduled.</param>
/// <param name="WlanAps">Access points needed (0 when its WLAN is complete).</param>
/// <param name="WlanCapexEuro">CAPEX of those access points and PoE switches, €.</param>
/// <param name="BridgedFrom">Quarter an interim leased line goes live (the deadline quarter), or null.</param>
/// <param name="BridgingCostEuro">Setup plus monthly fees of the bridge, discounted to the planning start, €.</param>
/// <param name="MissesDeadline">True when neither its uplink nor a bridge is live by the deadline quarter.</param>
/// <param name="Note">Why it is late, bridged or not scheduled (German), or null.</param>
public sealed record SiteSchedule(
    int SiteIndex,
    Quarter? Live,
    Quarter? WlanInstalled,
    int WlanAps,
    double WlanCapexEuro,
    Quarter? BridgedFrom,
    double BridgingCostEuro,
    bool MissesDeadline,
    string? Note);

/// <summary>
/// When a built candidate edge is dug. An edge longer than one quarter's civil-works capacity C takes
/// k = ceil(metres / C) consecutive quarters ending in <paramref name="Dug"/>, metres / k in each.
/// </summary>
/// <param name="EdgeIndex">Index into the candidate graph's edges.</param>
/// <param name="Dug">Quarter the edge is finished (its CAPEX falls in this quarter).</param>
/// <param name="Quarters">Quarters the digging spans (1 for all edges not longer than a quarter's capacity).</param>
public sealed record EdgeSchedule(int EdgeIndex, Quarter Dug, int Quarters = 1);

/// <summary>When a used tap (splice into the existing LWL) is made; its cost falls in this quarter.</summary>
public sealed record TapSchedule(int NodeIndex, Quarter Done);

/// <summary>CAPEX of one calendar year, €, by kind (nominal). Bridging holds the setup of interim leased lines.</summary>
public sealed record CapexSplit(double Fibre, double Radio, double Leased, double Wlan, double Bridging)
{
    public double Total => Fibre + Radio + Leased + Wlan + Bridging;

    /// <summary>What counts against the yearly budget: everything but bridging (docs/schedule.md).</summary>
    public double Budgeted => Fibre + Radio + Leased + Wlan;
}

/// <summary>OPEX of one calendar year, €, by kind (nominal, pro rata by the quarters in service).</summary>
public sealed record OpexSplit(double LeasedFees, double RadioUpkeep, double PassiveUpkeep, double WlanLicences, double BridgingFees)
{
    public double Total => LeasedFees + RadioUpkeep + PassiveUpkeep + WlanLicences + BridgingFees;
}

/// <summary>
/// Figures of one quarter. Shares are 0..1 of all sites in the group; connected means the planned (or kept) uplink is
/// live or a bridge is live.
/// </summary>
public sealed record QuarterKpi(
    Quarter Quarter,
    int Index,
    double ConnectedShare,
    IReadOnlyDictionary<SiteKind, double> ConnectedByKind,
    IReadOnlyDictionary<string, double> ConnectedByDistrict,
    IReadOnlyDictionary<string, double> ConnectedByTechnology,
    double WlanShare,
    int SitesAtRisk,
    double TrenchMetres);

/// <summary>How the schedule was found and how good it is (objective in points, see <see cref="ScheduleOptions"/>).</summary>
/// <param name="Method">"CP-SAT" when CP-SAT's schedule (or one it guided) is returned, "Lagrange-Reihenfolge" for the order of the
/// Lagrangian bound, "Baseline" for the list scheduling, "… + lokale Suche" after local search.</param>
/// <param name="Objective">Objective of the returned schedule.</param>
/// <param name="BestBound">Proven lower bound of the objective (the best of the capacity-free, the Lagrangian and CP-SAT's bound), or NaN.</param>
/// <param name="Gap">(Objective − BestBound) / Objective; 0 when the objective is 0.</param>
/// <param name="BaselineObjective">Objective of the list-scheduling baseline.</param>
/// <param name="Seconds">Wall time of the whole build, seconds.</param>
public sealed record ScheduleFigures(string Method, double Objective, double BestBound, double Gap, double BaselineObjective, double Seconds)
{
    /// <summary>
    /// How the search ended: "optimal" (CP-SAT proved its interval model optimal, or the schedule meets the bound),
    /// "time-limit" (the time limit or the run cap ended it), "off" (list scheduling only).
    /// </summary>
    public string SolverStatus { get; init; } = "off";
}

/// <summary>A site whose own uplink is not live by the deadline quarter.</summary>
/// <param name="SiteIndex">Index into the planning instance's sites.</param>
/// <param name="PlannedLive">Planned live quarter, or null when never within the horizon.</param>
/// <param name="Reason">Why, in German.</param>
/// <param name="Bridged">True when an interim leased line connects it by the deadline.</param>
public sealed record DeadlineMiss(int SiteIndex, Quarter? PlannedLive, string Reason, bool Bridged);

/// <summary>
/// Smallest extra civil-works capacity (metres per quarter) and, separately, the smallest extra yearly budget (€) with
/// which the list scheduler meets the deadline for every schedulable site; null where even ten times the scenario's
/// value does not ("not reachable by this lever").
/// </summary>
/// <param name="TrenchMetresPerQuarter">Extra metres per quarter, or null.</param>
/// <param name="BudgetEuroPerYear">Extra € per calendar year, or null.</param>
/// <param name="TrenchResolutionMetres">Step of the search: one step less does not meet the deadline.</param>
/// <param name="BudgetResolutionEuro">Step of the budget search.</param>
public sealed record ExtraCapacityNeeded(
    double? TrenchMetresPerQuarter,
    double? BudgetEuroPerYear,
    double TrenchResolutionMetres,
    double BudgetResolutionEuro);

/// <summary>The rollout schedule of a network design: quarters per site, edge and tap, money per year and KPIs.</summary>
public sealed record Schedule(
    Quarter Start,
    Quarter Deadline,
    IReadOnlyList<SiteSchedule> Sites,
    IReadOnlyList<EdgeSchedule> Edges,
    IReadOnlyList<TapSchedule> Taps,
    IReadOnlyDictionary<int, CapexSplit> CapexByYear,
    IReadOnlyDictionary<int, OpexSplit> OpexByYear,
    IReadOnlyList<QuarterKpi> Quarters,
    ScheduleFigures Figures,
    IReadOnlyList<DeadlineMiss> DeadlineMisses,
    ExtraCapacityNeeded? ExtraCapacity);
