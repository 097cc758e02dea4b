using Infra.Core.Network;
using Infra.Core.Plans;
using Infra.Core.Sites;
using NetTopologySuite.Geometries;

namespace Infra.Planning.Plans;

/// <summary>
/// A network design as the planner sees it (sites with their instance objects, candidate edge indices). Outputs do
/// not read it: <c>PlanExporter</c> (in the Export room, after this one) turns it, with its schedule, into the plan contract.
/// </summary>
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
/// standalone NPV of each feasible technology for this site alone, given the rest of the plan (the "why").
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
    IReadOnlyList<PlanAlternative> Alternatives,
    PlanReason Reason)
{
    /// <summary>The decision as a contract code: the technology, keep, or none.</summary>
    public PlanTechnology Decision => Technology switch
    {
        Core.Sites.Technology.Fibre => PlanTechnology.Fibre,
        Core.Sites.Technology.Radio => PlanTechnology.Radio,
        Core.Sites.Technology.Leased => PlanTechnology.Leased,
        _ => KeepsCurrentUplink ? PlanTechnology.Keep : PlanTechnology.None,
    };
}

/// <summary>A built candidate edge: new trench, fibre blown into a duct, or use of existing LWL.</summary>
public sealed record PlannedTrench(
    int EdgeIndex,
    LineString Geometry,
    TrenchKind Kind,
    double LengthM,
    double TrenchMetres,
    double CapexEuro,
    int SitesServed,
    IReadOnlyList<string> SourceIds);

/// <summary>A Richtfunk link from a site to its hub.</summary>
public sealed record PlannedLink(string SiteId, string HubId, LineString Geometry, double DistanceM, LineOfSight LineOfSight);
