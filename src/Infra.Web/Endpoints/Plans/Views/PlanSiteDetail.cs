using Infra.Core.Plans;

namespace Infra.Web.Endpoints.Plans.Views;

/// <summary>
/// GET /api/plans/{v}/sites/{id}: the site of the plan contract, its reason and the notes of its alternatives in
/// German (from the glossary; <paramref name="AlternativeNotes"/>[i] belongs to <c>site.alternatives</c>[i]), and its
/// reported milestones.
/// </summary>
[SnakeCaseJson]
public sealed record PlanSiteDetail(PlanSite Site, string ReasonText, IReadOnlyList<string> AlternativeNotes, IReadOnlyList<MilestoneView> Milestones);
