namespace Infra.Status.Model;

/// <summary>A site at risk.</summary>
/// <param name="SiteId">Site id.</param>
/// <param name="Name">Site name.</param>
/// <param name="District">Stadtbezirk.</param>
/// <param name="Kind">Kind code (German).</param>
/// <param name="Technology">Technology code in the Fortschreibung (else the Ausgangsplan).</param>
/// <param name="TechnologyLabel">German label of it.</param>
/// <param name="Level">How badly.</param>
/// <param name="LevelLabel">German label of the level.</param>
/// <param name="BaselineQuarter">Live quarter in the Ausgangsplan ("2021-Q3").</param>
/// <param name="ReplanQuarter">Live quarter in the Fortschreibung, or null when none in the horizon.</param>
/// <param name="Reasons">Why, in German.</param>
/// <param name="Lon">Longitude (WGS84).</param>
/// <param name="Lat">Latitude (WGS84).</param>
public sealed record SiteRisk(string SiteId, string Name, string District, string Kind, string Technology, string TechnologyLabel, RiskLevel Level,
    string LevelLabel, string? BaselineQuarter, string? ReplanQuarter, IReadOnlyList<string> Reasons, double Lon, double Lat);
