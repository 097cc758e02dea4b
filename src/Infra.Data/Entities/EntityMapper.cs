using Infra.Core.Network;
using Infra.Core.Sites;
using Infra.Core.Codes;
using NetTopologySuite.Geometries;

namespace Infra.Data.Entities;

/// <summary>Domain records to rows and back. Every field a record persists is copied both ways; derived lengths are written only.</summary>
internal static class EntityMapper
{
    public static SiteEntity ToEntity(Site s) => new()
    {
        Id = s.Id.Value,
        Name = s.Name,
        Kind = s.Kind,
        District = s.District,
        Users = s.Users,
        DemandMbps = s.DemandMbps,
        CurrentUplink = s.CurrentUplink,
        CurrentUplinkMbps = s.CurrentUplinkMbps,
        Wlan = s.Wlan,
        FloorAreaM2 = s.FloorAreaM2,
        Rooms = s.Rooms,
        PublicWlan = s.PublicWlan,
        Priority = s.Priority,
        PinnedTechnology = s.PinnedTechnology,
        ExcludedTechnologies = string.Join(',', Enum.GetValues<Technology>().Where(s.ExcludedTechnologies.Contains).Select(EnumCodes.Of)),
        InScope = s.InScope,
        Synthetic = s.Synthetic,
        Source = s.Source,
        Geometry = s.Location,
    };

    public static Site ToDomain(SiteEntity e) => new()
    {
        Id = new SiteId(e.Id),
        Name = e.Name,
        Kind = e.Kind,
        Location = As<Point>(e.Geometry, e.Id),
        District = e.District,
        Users = e.Users,
        DemandMbps = e.DemandMbps,
        CurrentUplink = e.CurrentUplink,
        CurrentUplinkMbps = e.CurrentUplinkMbps,
        Wlan = e.Wlan,
        FloorAreaM2 = e.FloorAreaM2,
        Rooms = e.Rooms,
        PublicWlan = e.PublicWlan,
        Priority = e.Priority,
        PinnedTechnology = e.PinnedTechnology,
        ExcludedTechnologies = e.ExcludedTechnologies
            .Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(EnumCodes.Parse<Technology>)
            .ToHashSet(),
        InScope = e.InScope,
        Synthetic = e.Synthetic,
        Source = e.Source,
    };

    public static LwlRouteEntity ToEntity(LwlRoute r) => new()
    {
        Id = r.Id.Value,
        Owner = r.Owner,
        FibreCount = r.FibreCount,
        FreeDucts = r.FreeDucts,
        Synthetic = r.Synthetic,
        LengthM = r.LengthM,
        Geometry = r.Geometry,
    };

    public static LwlRoute ToDomain(LwlRouteEntity e) => new()
    {
        Id = new FeatureId(e.Id),
        Geometry = As<LineString>(e.Geometry, e.Id),
        Owner = e.Owner,
        FibreCount = e.FibreCount,
        FreeDucts = e.FreeDucts,
        Synthetic = e.Synthetic,
    };

    public static AccessPointEntity ToEntity(AccessPoint a) => new()
    {
        Id = a.Id.Value,
        RouteId = a.RouteId.Value,
        Synthetic = a.Synthetic,
        Geometry = a.Location,
    };

    public static AccessPoint ToDomain(AccessPointEntity e) => new()
    {
        Id = new FeatureId(e.Id),
        RouteId = new FeatureId(e.RouteId),
        Location = As<Point>(e.Geometry, e.Id),
        Synthetic = e.Synthetic,
    };

    public static StreetEntity ToEntity(StreetSegment s) => new()
    {
        Id = s.Id.Value,
        Name = s.Name,
        StreetClass = s.Class,
        Surface = s.Surface,
        FreeDuct = s.FreeDuct,
        Synthetic = s.Synthetic,
        LengthM = s.LengthM,
        Geometry = s.Geometry,
    };

    public static StreetSegment ToDomain(StreetEntity e) => new()
    {
        Id = new FeatureId(e.Id),
        Geometry = As<LineString>(e.Geometry, e.Id),
        Name = e.Name,
        Class = e.StreetClass,
        Surface = e.Surface,
        FreeDuct = e.FreeDuct,
        Synthetic = e.Synthetic,
    };

    public static HubEntity ToEntity(RadioHub h) => new()
    {
        Id = h.Id.Value,
        Name = h.Name,
        HeightM = h.HeightM,
        MaxLinks = h.MaxLinks,
        HasFibre = h.HasFibre,
        Synthetic = h.Synthetic,
        Geometry = h.Location,
    };

    public static RadioHub ToDomain(HubEntity e) => new()
    {
        Id = new FeatureId(e.Id),
        Location = As<Point>(e.Geometry, e.Id),
        Name = e.Name,
        HeightM = e.HeightM,
        MaxLinks = e.MaxLinks,
        HasFibre = e.HasFibre,
        Synthetic = e.Synthetic,
    };

    public static ObstacleEntity ToEntity(Obstacle o) => new()
    {
        Id = o.Id.Value,
        HeightM = o.HeightM,
        Synthetic = o.Synthetic,
        Geometry = o.Footprint,
    };

    public static Obstacle ToDomain(ObstacleEntity e) => new()
    {
        Id = new FeatureId(e.Id),
        Footprint = As<Polygon>(e.Geometry, e.Id),
        HeightM = e.HeightM,
        Synthetic = e.Synthetic,
    };

    public static DistrictEntity ToEntity(District d) => new()
    {
        Id = d.Id.Value,
        Name = d.Name,
        Synthetic = d.Synthetic,
        Geometry = d.Boundary,
    };

    public static District ToDomain(DistrictEntity e) => new()
    {
        Id = new FeatureId(e.Id),
        Name = e.Name,
        Boundary = e.Geometry is Polygon or MultiPolygon
            ? e.Geometry
            : throw new InvalidDataException($"row '{e.Id}' holds a {e.Geometry.GeometryType}, expected a Polygon or MultiPolygon"),
        Synthetic = e.Synthetic,
    };

    private static T As<T>(NetTopologySuite.Geometries.Geometry geometry, string id)
        where T : NetTopologySuite.Geometries.Geometry =>
        geometry as T ?? throw new InvalidDataException($"row '{id}' holds a {geometry.GeometryType}, expected a {typeof(T).Name}");
}
