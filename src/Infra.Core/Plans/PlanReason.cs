using Infra.Core.Sites;

namespace Infra.Core.Plans;

/// <summary>Why a site got its decision, as codes and figures; the German sentence comes from the glossary.</summary>
/// <param name="Code">The reason.</param>
/// <param name="Exclusions">Why other technologies are out.</param>
/// <param name="Uplink">keeps_uplink: the current uplink.</param>
/// <param name="UplinkMbps">keeps_uplink: its bandwidth, Mbit/s.</param>
/// <param name="DemandMbps">keeps_uplink: the demand it meets, Mbit/s.</param>
[SnakeCaseJson]
public sealed record PlanReason(
    ReasonCode Code,
    IReadOnlyList<PlanExclusion> Exclusions,
    UplinkKind? Uplink = null,
    int? UplinkMbps = null,
    int? DemandMbps = null);
