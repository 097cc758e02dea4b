using Infra.Core.Plans;

namespace Infra.Planning.Replan;

/// <summary>
/// A site of the plan being continued (the Ausgangsplan or an earlier Fortschreibung): its technology.
/// </summary>
public sealed record BaselineSite(string SiteId, PlanTechnology Technology);
