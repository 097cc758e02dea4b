using Infra.Core.Network;
using Infra.Core.Sites;
using Infra.Core.Codes;
using NetTopologySuite.Geometries;

namespace Infra.Data.Entities;

/// <summary>
/// Domain records to rows and back. Properties of the same name and type are copied by <see cref="SameNamed{TFrom, TTo}"/>;
/// written here is only what differs: ids, geometries (checked for their type when read), technology sets stored as
/// text, renamed columns. Derived lengths are written only (the records compute them).
/// </summary>
internal static class EntityMapper
{
    public static SiteEntity ToEntity(Site s) => SameNamed<Site, SiteEntity>.Into(s, new()
    {
        Id = s.Id.Value,
        ExcludedTechnologies = string.Join(',', Enum.GetValues<Technology>().Where(s.ExcludedTechnologies.Contains).Select(EnumCodes.Of)),
        Geometry = s.Location,
    });

    public static Site ToDomain(SiteEntity e) => SameNamed<SiteEntity, Site>.Into(e, new()
    {
        Id = new SiteId(e.Id),
        Name = e.Name,
        Kind = e.Kind,
        District = e.District,
        Location = As<Point>(e.Geometry, e.Id),
        ExcludedTechnologies = e.ExcludedTechnologies
            .Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(EnumCodes.Parse<Technology>)
            .ToHashSet(),
    });

    public static LwlRouteEntity ToEntity(LwlRoute r) => SameNamed<LwlRoute, LwlRouteEntity>.Into(r, new() { Id = r.Id.Value });

    public static LwlRoute ToDomain(LwlRouteEntity e) =>
        SameNamed<LwlRouteEntity, LwlRoute>.Into(e, new() { Id = new FeatureId(e.Id), Geometry = As<LineString>(e.Geometry, e.Id) });

    public static AccessPointEntity ToEntity(AccessPoint a) =>
        SameNamed<AccessPoint, AccessPointEntity>.Into(a, new() { Id = a.Id.Value, RouteId = a.RouteId.Value, Geometry = a.Location });

    public static AccessPoint ToDomain(AccessPointEntity e) => SameNamed<AccessPointEntity, AccessPoint>.Into(e, new()
    {
        Id = new FeatureId(e.Id), RouteId = new FeatureId(e.RouteId), Location = As<Point>(e.Geometry, e.Id),
    });

    public static StreetEntity ToEntity(StreetSegment s) => SameNamed<StreetSegment, StreetEntity>.Into(s, new() { Id = s.Id.Value, StreetClass = s.Class });

    public static StreetSegment ToDomain(StreetEntity e) => SameNamed<StreetEntity, StreetSegment>.Into(e, new()
    {
        Id = new FeatureId(e.Id), Geometry = As<LineString>(e.Geometry, e.Id), Class = e.StreetClass,
    });

    public static HubEntity ToEntity(RadioHub h) => SameNamed<RadioHub, HubEntity>.Into(h, new() { Id = h.Id.Value, Geometry = h.Location });

    public static RadioHub ToDomain(HubEntity e) =>
        SameNamed<HubEntity, RadioHub>.Into(e, new() { Id = new FeatureId(e.Id), Location = As<Point>(e.Geometry, e.Id) });

    public static ObstacleEntity ToEntity(Obstacle o) => SameNamed<Obstacle, ObstacleEntity>.Into(o, new() { Id = o.Id.Value, Geometry = o.Footprint });

    public static Obstacle ToDomain(ObstacleEntity e) =>
        SameNamed<ObstacleEntity, Obstacle>.Into(e, new() { Id = new FeatureId(e.Id), Footprint = As<Polygon>(e.Geometry, e.Id), HeightM = e.HeightM });

    public static DistrictEntity ToEntity(District d) => SameNamed<District, DistrictEntity>.Into(d, new() { Id = d.Id.Value, Geometry = d.Boundary });

    public static District ToDomain(DistrictEntity e) => SameNamed<DistrictEntity, District>.Into(e, new()
    {
        Id = new FeatureId(e.Id),
        Name = e.Name,
        Boundary = e.Geometry is Polygon or MultiPolygon
            ? e.Geometry
            : throw new InvalidDataException($"row '{e.Id}' holds a {e.Geometry.GeometryType}, expected a Polygon or MultiPolygon"),
    });

    private static T As<T>(NetTopologySuite.Geometries.Geometry geometry, string id)
        where T : NetTopologySuite.Geometries.Geometry =>
        geometry as T ?? throw new InvalidDataException($"row '{id}' holds a {geometry.GeometryType}, expected a {typeof(T).Name}");
}
