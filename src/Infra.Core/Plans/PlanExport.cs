namespace Infra.Core.Plans;

/// <summary>
/// The plan contract: one planning outcome as every output reads it (plan files, database rows, HTTP answers, OGC
/// layers). Written by <c>Infra.Planning.Export.PlanExporter</c>; full precision (files round at their edge); sites
/// ordered as planned, trenches by edge, links by site, quarters and years oldest first.
/// </summary>
public sealed record PlanExport(
    PlanSummary Summary,
    IReadOnlyList<PlanSite> Sites,
    IReadOnlyList<PlanTrench> Trenches,
    IReadOnlyList<PlanLink> Links,
    IReadOnlyList<PlanQuarter> Quarters,
    IReadOnlyList<PlanYear> Years);
