using Infra.Core.Plans;

namespace Infra.Web.Endpoints.Plans.Views;

/// <summary>GET /api/compare: one plan's comparison figures (CAPEX per year budgeted, shares by technology 0..1).</summary>
[SnakeCaseJson]
public sealed record PlanComparison(long Version, string Scenario, double NpvEur, IReadOnlyList<YearCapex> CapexByYear,
    IReadOnlyList<TechnologyShare> ShareByTechnology, double ConnectedShareAtDeadline, int BridgedSites, double Gap);
