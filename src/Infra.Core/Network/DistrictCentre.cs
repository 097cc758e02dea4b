namespace Infra.Core.Network;

/// <summary>
/// A Stadtbezirk (city district) seen by the synthesizer: its name and an approximate centre in EPSG:25832 metres.
/// </summary>
/// <param name="Name">District name as used in <see cref="Infra.Core.Sites.Site.District"/>, e.g. "Hörde".</param>
/// <param name="X">Easting in EPSG:25832 metres.</param>
/// <param name="Y">Northing in EPSG:25832 metres.</param>
public sealed record DistrictCentre(string Name, double X, double Y);
