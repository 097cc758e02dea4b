using Infra.Core.Plans;

namespace Infra.Web.Endpoints.Plans.Views;

/// <summary>The actual connected share (0..1) at a date, from the recorded milestones.</summary>
[SnakeCaseJson]
public sealed record CurvePoint(DateOnly Date, double ConnectedShare);
