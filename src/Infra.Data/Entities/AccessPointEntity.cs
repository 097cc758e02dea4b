namespace Infra.Data.Entities;

/// <summary>Row of <c>access_points</c>; <see cref="RouteId"/> must name a row of <c>lwl_routes</c> (foreign key).</summary>
internal sealed class AccessPointEntity : ILayerEntity
{
    public string Id { get; set; } = "";

    public string RouteId { get; set; } = "";

    public bool Synthetic { get; set; }

    public NetTopologySuite.Geometries.Geometry Geometry { get; set; } = null!;
}
