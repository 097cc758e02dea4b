using System.Text.Json.Serialization;
using Infra.Core.Codes;

namespace Infra.Core.Plans;

/// <summary>
/// What keeps an unserved site from one technology in the returned plan; codes budget, trench_capacity,
/// radio_installs, hub_links, no_hub_with_fibre, dearer_than_penalty, fits_limits.
/// </summary>
[JsonConverter(typeof(CodeEnumConverter<LimitCode>))]
public enum LimitCode
{
    /// <summary>The CAPEX budget up to the deadline has less left than the cheapest addition needs (€).</summary>
    Budget,

    /// <summary>The civil-works capacity up to the deadline has fewer trench metres left than the path needs (m).</summary>
    TrenchCapacity,

    /// <summary>Every Richtfunk install up to the deadline is taken.</summary>
    RadioInstalls,

    /// <summary>Every hub in range that has fibre in the plan has all its links taken.</summary>
    HubLinks,

    /// <summary>No hub in range has fibre in the plan.</summary>
    NoHubWithFibre,

    /// <summary>The addition fits the limits but costs more than leaving the site unserved (NPV against the penalty, €).</summary>
    DearerThanPenalty,

    /// <summary>Nothing blocks it: the optimiser stopped before it (does not occur in a finished plan).</summary>
    FitsLimits,
}
