using Infra.Core.Sites;
using Infra.Planning.Instance;
using NetTopologySuite.Geometries;

namespace Infra.Planning.Plans;

/// <summary>A network plan as the project group reads it: per site, per trench, per radio link, totals and solver figures.</summary>
public sealed record Plan(
    string ScenarioName,
    IReadOnlyList<PlannedSite> Sites,
    IReadOnlyList<PlannedTrench> Trenches,
    IReadOnlyList<PlannedLink> Links,
    PlanTotals Totals,
    SolverFigures Solver)
{
    /// <summary>Statements about the whole plan (missing network, most sites unservable, unverified line of sight), most severe first.</summary>
    public IReadOnlyList<PlanVerdict> Verdicts { get; init; } = [];
}

/// <summary>
/// One site's decision. Costs include the site's equal share of every new trench on its fibre path (a trench
/// shared by n sites counts 1/n for each), so that the site rows add up to the totals. <c>Alternatives</c> holds the
/// standalone NPV of each feasible technology for this site alone, given the rest of the plan (the "why");
/// <c>Reason</c> says it in German.
/// </summary>
public sealed record PlannedSite(
    Site Site,
    int DemandMbps,
    Technology? Technology,
    bool KeepsCurrentUplink,
    string? HubId,
    double TrenchMetresShare,
    double CapexEuro,
    double OpexPerYearEuro,
    double NpvEuro,
    IReadOnlyList<Alternative> Alternatives,
    string Reason)
{
    /// <summary>For a site without technology that does not keep its uplink: why, as code and figures; else null.</summary>
    public UnservedCause? Unserved { get; init; }
}

/// <summary>The standalone NPV of one technology for a site.</summary>
public sealed record Alternative(Technology Technology, double NpvEuro, string Note);

/// <summary>A built candidate edge: new trench, fibre blown into a duct, or use of existing LWL.</summary>
public sealed record PlannedTrench(
    int EdgeIndex,
    LineString Geometry,
    string Kind,
    double LengthM,
    double TrenchMetres,
    double CapexEuro,
    int SitesServed,
    IReadOnlyList<string> SourceIds);

/// <summary>A Richtfunk link from a site to its hub.</summary>
public sealed record PlannedLink(string SiteId, string HubId, LineString Geometry, double DistanceM, LineOfSight LineOfSight);

/// <summary>Plan totals.</summary>
public sealed record PlanTotals(
    double NpvEuro,
    double CapexEuro,
    double OpexPerYearEuro,
    double TrenchMetres,
    double TrenchCapexEuro,
    int Taps,
    int SitesPlanned,
    int SitesKeepingUplink,
    int SitesUnserved,
    IReadOnlyDictionary<Technology, int> SitesByTechnology);

/// <summary>How well the optimiser did, and the greedy baseline beside it.</summary>
public sealed record SolverFigures(
    double Objective,
    double BestBound,
    double Gap,
    string BoundLabel,
    string Status,
    string Method,
    double WallSeconds,
    long Nodes,
    int CutRounds,
    int Cuts,
    double GreedyObjective,
    double GreedySeconds,
    int GraphNodes,
    int GraphEdges,
    int RadioCandidates);
