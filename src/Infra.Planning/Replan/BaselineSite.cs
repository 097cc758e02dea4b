namespace Infra.Planning.Replan;

/// <summary>
/// A site of the plan being continued (the Ausgangsplan or an earlier Fortschreibung): its technology code
/// (fibre|radio|leased|keep|none, see <see cref="Tracking.TechnologyCodes"/>).
/// </summary>
public sealed record BaselineSite(string SiteId, string Technology);
