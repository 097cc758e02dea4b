namespace Infra.Status.Model;

/// <summary>A site on the Stichtag, for maps.</summary>
/// <param name="SiteId">Site id.</param>
/// <param name="Name">Name.</param>
/// <param name="District">Stadtbezirk.</param>
/// <param name="Kind">Kind code.</param>
/// <param name="Technology">Technology code (built, else the Fortschreibung's, else the Ausgangsplan's).</param>
/// <param name="State">"bestand" (kept uplink), "angebunden", "im_bau", "offen".</param>
/// <param name="AtRisk">Listed in the risks.</param>
/// <param name="X">Easting, EPSG:25832.</param>
/// <param name="Y">Northing, EPSG:25832.</param>
/// <param name="Lon">Longitude, WGS84.</param>
/// <param name="Lat">Latitude, WGS84.</param>
public sealed record SiteState(string SiteId, string Name, string District, string Kind, string Technology, string State, bool AtRisk,
    double X, double Y, double Lon, double Lat);
