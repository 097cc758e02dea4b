namespace Infra.Core.Plans;

/// <summary>
/// One point of the planned curve. Shares are 0..1 of the sites in the group; connected means the planned (or kept)
/// uplink or a bridge is live. Group keys: site-kind codes, district names, <see cref="PlanTechnology"/> codes.
/// </summary>
/// <param name="Quarter">"2027-Q3".</param>
/// <param name="LastDay">Last day of the quarter.</param>
/// <param name="ConnectedShare">Share connected, all sites.</param>
/// <param name="WlanShare">Share with WLAN installed (or complete).</param>
/// <param name="SitesAtRisk">Sites whose planned live quarter is after the deadline and not bridged.</param>
/// <param name="TrenchM">Trench metres dug in the quarter.</param>
/// <param name="ByKind">Share connected by site-kind code.</param>
/// <param name="ByDistrict">Share connected by district.</param>
/// <param name="ByTechnology">Share connected by technology code.</param>
[SnakeCaseJson]
public sealed record PlanQuarter(
    string Quarter,
    DateOnly LastDay,
    double ConnectedShare,
    double WlanShare,
    int SitesAtRisk,
    double TrenchM,
    IReadOnlyDictionary<string, double> ByKind,
    IReadOnlyDictionary<string, double> ByDistrict,
    IReadOnlyDictionary<string, double> ByTechnology);
