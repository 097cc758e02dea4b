using Infra.Core.Plans;

namespace Infra.Web.Endpoints.Plans.Views;

/// <summary>GET /api/plans/{v}/curve: the planned quarters and the actual share at past quarter ends and today.</summary>
[SnakeCaseJson]
public sealed record PlanCurve(DateOnly Deadline, IReadOnlyList<PlanQuarter> Planned, IReadOnlyList<CurvePoint> Actual);
