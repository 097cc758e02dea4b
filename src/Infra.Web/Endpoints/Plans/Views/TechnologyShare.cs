using Infra.Core.Plans;

namespace Infra.Web.Endpoints.Plans.Views;

/// <summary>Share of a plan's sites (0..1) with one decision.</summary>
[SnakeCaseJson]
public sealed record TechnologyShare(PlanTechnology Technology, double Share);
