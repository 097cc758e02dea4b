using Infra.Core.Network;

namespace Infra.Core.Plans;

/// <summary>The standalone NPV of one technology for a site, and what it assumes.</summary>
/// <param name="Technology">fibre, radio or leased.</param>
/// <param name="NpvEur">NPV, €.</param>
/// <param name="Note">What the figure stands for; the fields below that it names are set.</param>
/// <param name="PassiveCapexEur">Standalone fibre: trench and splice CAPEX to the nearest LWL, €.</param>
/// <param name="HubId">Richtfunk: the nearest hub with fibre.</param>
/// <param name="DistanceM">Richtfunk: distance to that hub, m.</param>
/// <param name="LineOfSight">Richtfunk: line-of-sight state of that link.</param>
/// <param name="Mbps">Leased line: its bandwidth, Mbit/s.</param>
[SnakeCaseJson]
public sealed record PlanAlternative(
    PlanTechnology Technology,
    double NpvEur,
    AlternativeNote Note,
    double? PassiveCapexEur = null,
    string? HubId = null,
    double? DistanceM = null,
    LineOfSight? LineOfSight = null,
    int? Mbps = null);
