using NetTopologySuite.Geometries;

namespace Infra.Core.Network;

/// <summary>A building footprint with height, used for Richtfunk line-of-sight checks. EPSG:25832 metres.</summary>
public sealed record Obstacle
{
    public required FeatureId Id { get; init; }

    public required Polygon Footprint { get; init; }

    /// <summary>Height above ground in metres.</summary>
    public required double HeightM { get; init; }

    public bool Synthetic { get; init; }
}
