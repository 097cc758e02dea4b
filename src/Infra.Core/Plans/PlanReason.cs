using Infra.Core.Sites;

namespace Infra.Core.Plans;

/// <summary>Why a site got its decision, as codes and figures; the German sentence comes from the glossary.</summary>
/// <param name="Code">The reason.</param>
/// <param name="Exclusions">Why other technologies are out.</param>
/// <param name="Uplink">keeps_uplink: the current uplink.</param>
/// <param name="UplinkMbps">keeps_uplink: its bandwidth, Mbit/s.</param>
/// <param name="DemandMbps">keeps_uplink: the demand it meets, Mbit/s.</param>
/// <param name="Limits">
/// unserved_by_limits: per feasible technology, cheapest first, the limit of the returned plan that blocks its cheapest
/// addition, with what it needs and what is left ("budget" only where the budget really blocks it).
/// </param>
[SnakeCaseJson]
public sealed record PlanReason(
    ReasonCode Code,
    IReadOnlyList<PlanExclusion> Exclusions,
    UplinkKind? Uplink = null,
    int? UplinkMbps = null,
    int? DemandMbps = null,
    IReadOnlyList<PlanLimit>? Limits = null)
{
    /// <summary>
    /// unserved_by_limits: the limit that blocks the site's cheapest technology (fits_limits when any technology would
    /// still fit, which a finished plan does not leave), else null.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public LimitCode? Limit => Limits is not [var first, ..] ? null
        : Limits.Any(l => l.Code == LimitCode.FitsLimits) ? LimitCode.FitsLimits : first.Code;
}
