using System.Text.Json.Serialization;
using Infra.Core.Codes;

namespace Infra.Core.Plans;

/// <summary>A site's decision in a plan; codes fibre, radio, leased, keep (its current uplink stays), none (unserved).</summary>
[JsonConverter(typeof(CodeEnumConverter<PlanTechnology>))]
public enum PlanTechnology
{
    Fibre,
    Radio,
    Leased,
    Keep,
    None,
}
