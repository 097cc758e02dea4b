namespace Infra.Data.Entities;

/// <summary>Row of <c>obstacles</c>; mirrors <see cref="Infra.Core.Network.Obstacle"/>.</summary>
internal sealed class ObstacleEntity : ILayerEntity
{
    public string Id { get; set; } = "";

    public double HeightM { get; set; }

    public bool Synthetic { get; set; }

    public NetTopologySuite.Geometries.Geometry Geometry { get; set; } = null!;
}
