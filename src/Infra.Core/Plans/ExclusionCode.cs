using System.Text.Json.Serialization;
using Infra.Core.Codes;

namespace Infra.Core.Plans;

/// <summary>Why a technology is out for a site; codes by_scenario, no_network_access, demand_above_capacity, no_hub_in_range.</summary>
[JsonConverter(typeof(CodeEnumConverter<ExclusionCode>))]
public enum ExclusionCode
{
    /// <summary>The scenario's policy forbids it for this site.</summary>
    ByScenario,

    /// <summary>Fibre: the site has no connection to the candidate network.</summary>
    NoNetworkAccess,

    /// <summary>The technology's bandwidth (<see cref="PlanExclusion.LimitMbps"/>) is below the demand.</summary>
    DemandAboveCapacity,

    /// <summary>Richtfunk: no hub within <see cref="PlanExclusion.RangeM"/> at the demanded capacity.</summary>
    NoHubInRange,
}
