using Infra.Planning.Schedule;

namespace Infra.Status.Model;

/// <summary>
/// One point of the three-line curve: quarter ends, plus one point on the Stichtag (<see cref="IsStichtag"/>) where the
/// Ist ends and the Fortschreibung begins (at the Ist). A line without a value at a point is null there.
/// </summary>
public sealed record CurvePoint(Quarter Quarter, DateOnly Date, bool IsStichtag, double? Baseline, double? Actual, double? Replan);
