using Infra.Core.Sites;
using NetTopologySuite.Geometries;

namespace Infra.Data.Entities;

// Rows of the plan tables of schema scripts 002, 005 and 006; EF binds the constructors, columns are the snake-case property
// names. Written and read only through Plans/PlanRows, which maps them to and from the plan contract (Infra.Core.Plans).

/// <summary>Row of <c>plan_versions</c>; <c>Version</c> is generated on insert. Solver figures that are not finite are NULL (SQLite cannot hold NaN).</summary>
internal sealed record PlanVersionEntity(long Version, string ScenarioName, string ScenarioYaml, DateTimeOffset CreatedAt,
    long? BasedOnVersion, DateOnly? ReplanFrom, double NpvEuro, double CapexEuro, double? Objective, double? BestBound, double? Gap,
    string Status, DateOnly Deadline, int Sites, string SummaryJson, string? JobRunId, double? TrenchCapexEuro,
    string? Label = null, DateOnly? PlanningStart = null);

/// <summary>Row of <c>plan_outlooks</c>: a re-plan's outlook as of its Stichtag (schema script 008).</summary>
internal sealed record PlanOutlookEntity(long PlanVersion, DateOnly Stichtag, DateTimeOffset CreatedAt, string OutlookJson);


/// <summary>Row of <c>plan_sites</c>: <c>Reason</c> the reason code, its figures and the alternatives as JSON.</summary>
internal sealed record PlanSiteEntity(long PlanVersion, string SiteId, string Name, SiteKind Kind, string District, string Technology,
    string? HubId, int DemandMbps, double CapexEuro, double OpexPerYearEuro, double NpvEuro, string? LiveQuarter, DateOnly? PlannedLive,
    string? WlanQuarter, int WlanAps, string? BridgedFrom, bool MissesDeadline, string Reason, string AlternativesJson, Geometry Geometry,
    double TrenchM, string? ReasonJson, string? ScheduleNote, bool Synthetic);

/// <summary>Row of <c>plan_trenches</c>; source ids as a semicolon list.</summary>
internal sealed record PlanTrenchEntity(long PlanVersion, string TrenchId, int EdgeIndex, string Kind, double LengthM, double TrenchMetres,
    double CapexEuro, int SitesServed, string? DugQuarter, DateOnly? PlannedDone, string SourceIds, Geometry Geometry);

/// <summary>Row of <c>plan_links</c>.</summary>
internal sealed record PlanLinkEntity(long PlanVersion, string SiteId, string HubId, double DistanceM, string LineOfSight, Geometry Geometry);

/// <summary>Row of <c>plan_quarters</c>: one point of the planned curve; group shares as JSON objects.</summary>
internal sealed record PlanQuarterEntity(long PlanVersion, string Quarter, DateOnly LastDay, double ConnectedShare, double WlanShare,
    int SitesAtRisk, double TrenchMetres, string ByKindJson, string ByDistrictJson, string ByTechnologyJson);

/// <summary>Row of <c>plan_years</c>: <c>CapexEuro</c> is the budgeted CAPEX (all but bridging), the parts by kind beside it.</summary>
internal sealed record PlanYearEntity(long PlanVersion, int Year, double CapexEuro, double BudgetEuro, double OpexEuro, double CapexFibreEuro,
    double CapexRadioEuro, double CapexLeasedEuro, double CapexWlanEuro, double CapexBridgingEuro);
