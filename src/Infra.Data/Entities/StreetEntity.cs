using Infra.Core.Network;

namespace Infra.Data.Entities;

/// <summary>Row of <c>streets</c>; mirrors <see cref="StreetSegment"/>, length derived from the geometry.</summary>
internal sealed class StreetEntity : ILayerEntity
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public StreetClass StreetClass { get; set; }

    public SurfaceClass Surface { get; set; }

    public bool FreeDuct { get; set; }

    public bool Synthetic { get; set; }

    public double LengthM { get; set; }

    public NetTopologySuite.Geometries.Geometry Geometry { get; set; } = null!;
}
