using Infra.Core.Plans;

namespace Infra.Web.Endpoints.Plans.Views;

/// <summary>GET /api/kpis/history: one stored KPI snapshot.</summary>
[SnakeCaseJson]
public sealed record KpiHistoryPoint(DateTimeOffset TakenAt, DateOnly AsOf, double ConnectedShare, double WlanShare, double PlannedShare, long? PlanVersion);
