using Infra.Core.Sites;
using Infra.Planning.Plans;
using NetTopologySuite.Geometries;

namespace Infra.Data.Plans;

/// <summary>
/// One stored plan version: its scenario, solver and money figures; <c>SummaryJson</c> holds totals and schedule figures.
/// <c>Label</c> names its role in the story (<see cref="PlanLabels"/>), <c>PlanningStart</c> the first day it plans from
/// (null for versions stored before schema 7).
/// </summary>
public sealed record PlanVersionInfo(long Version, string ScenarioName, DateTimeOffset CreatedAt, long? BasedOnVersion,
    DateOnly? ReplanFrom, double NpvEuro, double CapexEuro, double Objective, double BestBound, double Gap, string Status,
    DateOnly Deadline, int Sites, string SummaryJson, string? Label = null, DateOnly? PlanningStart = null);

/// <summary>
/// A site of a stored plan. Technology is fibre|radio|leased|keep|none; quarters as "2027-Q3"; <c>PlannedLive</c> is
/// the last day of the live quarter.
/// </summary>
public sealed record StoredPlanSite(string SiteId, string Name, SiteKind Kind, string District, string Technology,
    string? HubId, int DemandMbps, double CapexEuro, double OpexPerYearEuro, double NpvEuro, string? LiveQuarter,
    DateOnly? PlannedLive, string? WlanQuarter, int WlanAps, string? BridgedFrom, bool MissesDeadline, string Reason,
    IReadOnlyList<Alternative> Alternatives, Point Location);

/// <summary>A trench (built candidate edge) of a stored plan, id "edge-&lt;index&gt;"; <c>PlannedDone</c> is the last day of the dug quarter.</summary>
public sealed record StoredTrench(string TrenchId, string Kind, double LengthM, double TrenchMetres, double CapexEuro,
    int SitesServed, string? DugQuarter, DateOnly? PlannedDone, LineString Geometry);

/// <summary>A Richtfunk link of a stored plan; line of sight clear|not_verified|blocked.</summary>
public sealed record StoredLink(string SiteId, string HubId, double DistanceM, string LineOfSight, LineString Geometry);

/// <summary>One quarter of the planned curve: shares 0..1 overall, by kind code, by district and by technology code.</summary>
public sealed record StoredQuarter(string Quarter, DateOnly LastDay, double ConnectedShare, double WlanShare, int SitesAtRisk,
    IReadOnlyDictionary<string, double> ByKind, IReadOnlyDictionary<string, double> ByDistrict,
    IReadOnlyDictionary<string, double> ByTechnology);

/// <summary>Money of one calendar year: budgeted CAPEX (without bridging setup), the scenario's budget and the OPEX, €.</summary>
public sealed record StoredYear(int Year, double CapexEuro, double BudgetEuro, double OpexEuro);

/// <summary>How a plan is saved: the scenario YAML it came from and, for a re-plan, its origin.</summary>
/// <param name="ScenarioYaml">The scenario as YAML, stored with the version.</param>
/// <param name="BasedOnVersion">For a re-plan: the version it continues.</param>
/// <param name="ReplanFrom">For a re-plan: the date from which it re-optimises.</param>
/// <param name="JobRunId">The background run that made the plan: at most one version per run (unique), so a run
/// repeated after a crash between the commit and its success mark finds its plan instead of storing a second one.</param>
/// <param name="Label">The version's role: <see cref="PlanLabels.Baseline"/>, <see cref="PlanLabels.Replan"/> or null.</param>
/// <param name="Outlook">For a re-plan as of a Stichtag: its outlook, stored in the same transaction.</param>
public sealed record PlanSaveOptions(string ScenarioYaml, long? BasedOnVersion = null, DateOnly? ReplanFrom = null, string? JobRunId = null,
    string? Label = null, StoredOutlook? Outlook = null);

/// <summary>The outlook of a re-plan as of <paramref name="Stichtag"/>: forecast, measures and rates as JSON (snake_case).</summary>
public sealed record StoredOutlook(DateOnly Stichtag, string Json);
