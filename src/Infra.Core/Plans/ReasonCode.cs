using System.Text.Json.Serialization;
using Infra.Core.Codes;

namespace Infra.Core.Plans;

/// <summary>Why a site got its decision; codes keeps_uplink, chosen, unservable, unserved_by_limits.</summary>
[JsonConverter(typeof(CodeEnumConverter<ReasonCode>))]
public enum ReasonCode
{
    /// <summary>Its current uplink meets the demand and stays.</summary>
    KeepsUplink,

    /// <summary>The technology chosen by the optimiser, at the site's NPV, against its alternatives.</summary>
    Chosen,

    /// <summary>No technology is possible (every one excluded).</summary>
    Unservable,

    /// <summary>Technologies are possible, but budget or capacity up to the deadline does not reach it.</summary>
    UnservedByLimits,
}
