namespace Infra.Core.Plans;

/// <summary>Why one technology is out for a site.</summary>
/// <param name="Technology">fibre, radio or leased.</param>
/// <param name="Code">Why.</param>
/// <param name="DemandMbps">demand_above_capacity, no_hub_in_range: the demand, Mbit/s.</param>
/// <param name="LimitMbps">demand_above_capacity: what the technology carries; no_hub_in_range: the capacity tier, Mbit/s.</param>
/// <param name="RangeM">no_hub_in_range: the Richtfunk range at that tier, m.</param>
[SnakeCaseJson]
public sealed record PlanExclusion(
    PlanTechnology Technology,
    ExclusionCode Code,
    int? DemandMbps = null,
    int? LimitMbps = null,
    double? RangeM = null);
