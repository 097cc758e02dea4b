namespace Infra.Data.Entities;

/// <summary>Row of <c>lwl_routes</c>; <see cref="LengthM"/> is derived from the geometry and stored for queries and QGIS.</summary>
internal sealed class LwlRouteEntity : ILayerEntity
{
    public string Id { get; set; } = "";

    public string Owner { get; set; } = "";

    public int FibreCount { get; set; }

    public int FreeDucts { get; set; }

    public bool Synthetic { get; set; }

    public double LengthM { get; set; }

    public NetTopologySuite.Geometries.Geometry Geometry { get; set; } = null!;
}
