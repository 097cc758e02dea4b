namespace Infra.Core.Tracking;

/// <summary>
/// Connected-site figures at a date. Shares are 0..1 of <see cref="Sites"/> (0 when there are no sites); group keys are
/// site-kind codes, Stadtbezirk names and technology codes (fibre|radio|leased|keep|none), ordered ordinally.
/// </summary>
public sealed record KpiFigures(DateOnly AsOf, int Sites, int Connected, double ConnectedShare, double WlanShare,
    IReadOnlyDictionary<string, GroupShare> ByKind, IReadOnlyDictionary<string, GroupShare> ByDistrict,
    IReadOnlyDictionary<string, GroupShare> ByTechnology, double PlannedShare, int SitesAtRisk);

/// <summary>Connected and planned share of one group of sites.</summary>
public sealed record GroupShare(int Connected, int Total, double Share, double PlannedShare);
