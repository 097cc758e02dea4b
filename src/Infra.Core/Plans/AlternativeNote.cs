using System.Text.Json.Serialization;
using Infra.Core.Codes;

namespace Infra.Core.Plans;

/// <summary>What an alternative's NPV stands for; codes in_plan_network, standalone_fibre, hub, leased_line.</summary>
[JsonConverter(typeof(CodeEnumConverter<AlternativeNote>))]
public enum AlternativeNote
{
    /// <summary>Fibre in the plan's network, with its share of shared trenches.</summary>
    InPlanNetwork,

    /// <summary>Fibre alone: trench and splice to the nearest LWL (<see cref="PlanAlternative.PassiveCapexEur"/>).</summary>
    StandaloneFibre,

    /// <summary>Richtfunk to the nearest hub with fibre (<see cref="PlanAlternative.HubId"/>, distance, line of sight).</summary>
    Hub,

    /// <summary>Leased line of <see cref="PlanAlternative.Mbps"/>.</summary>
    LeasedLine,
}
