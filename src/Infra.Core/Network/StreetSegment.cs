using NetTopologySuite.Geometries;

namespace Infra.Core.Network;

/// <summary>A street segment along which trenches can be dug. Geometry in EPSG:25832 metres.</summary>
public sealed record StreetSegment
{
    public required FeatureId Id { get; init; }

    public required LineString Geometry { get; init; }

    public string Name { get; init; } = "";

    public StreetClass Class { get; init; } = StreetClass.Local;

    public SurfaceClass Surface { get; init; } = SurfaceClass.Paved;

    /// <summary>True when a free duct (Leerrohr) runs along the segment: fibre is blown in, no trench.</summary>
    public bool FreeDuct { get; init; }

    public bool Synthetic { get; init; }

    public double LengthM => Geometry.Length;
}
