using Infra.Core.Codes;
using Infra.Core.Inputs;
using Infra.Core.Network;
using Infra.Geo.GeoJson;

namespace Infra.Geo.Layers;

/// <summary>
/// Maps the network layers (LWL routes, access points, streets, Richtfunk hubs, obstacles) to and from the Core
/// records; see docs/geojson-layers.md for every property.
/// </summary>
internal static class NetworkLayers
{
    public static LwlRoute? MapRoute(RawFeature feature, string id, List<InputError> errors)
    {
        var before = errors.Count;
        var p = feature.Typed;
        var line = LayerReader.AsLine(feature, errors);
        var owner = p.GetString("owner", errors);
        var fibres = p.GetInt32("fibre_count", errors, min: 0);
        var ducts = p.GetInt32("free_ducts", errors, min: 0);
        var synthetic = p.GetBoolean("synthetic", errors);
        return errors.Count > before || line is null
            ? null
            : new LwlRoute
            {
                Id = new FeatureId(id),
                Geometry = line,
                Owner = owner ?? "",
                FibreCount = fibres ?? 0,
                FreeDucts = ducts ?? 0,
                Synthetic = synthetic ?? false,
            };
    }

    public static GeoJsonFeatureOut RouteFeature(LwlRoute route) => new(route.Id.Value, route.Geometry,
    [
        new("owner", route.Owner),
        new("fibre_count", route.FibreCount),
        new("free_ducts", route.FreeDucts),
        new("synthetic", route.Synthetic),
    ]);

    public static AccessPoint? MapAccessPoint(RawFeature feature, string id, List<InputError> errors)
    {
        var before = errors.Count;
        var p = feature.Typed;
        var location = LayerReader.AsPoint(feature, errors);
        var routeId = p.GetString("route_id", errors, required: true);
        var synthetic = p.GetBoolean("synthetic", errors);
        return errors.Count > before || location is null
            ? null
            : new AccessPoint { Id = new FeatureId(id), RouteId = new FeatureId(routeId!), Location = location, Synthetic = synthetic ?? false };
    }

    public static GeoJsonFeatureOut AccessPointFeature(AccessPoint point) => new(point.Id.Value, point.Location,
    [
        new("route_id", point.RouteId.Value),
        new("synthetic", point.Synthetic),
    ]);

    public static StreetSegment? MapStreet(RawFeature feature, string id, List<InputError> errors)
    {
        var before = errors.Count;
        var p = feature.Typed;
        var line = LayerReader.AsLine(feature, errors);
        var name = p.GetString("name", errors);
        var streetClass = p.GetEnum<StreetClass>("class", errors);
        var surface = p.GetEnum<SurfaceClass>("surface", errors);
        var freeDuct = p.GetBoolean("free_duct", errors);
        var synthetic = p.GetBoolean("synthetic", errors);
        return errors.Count > before || line is null
            ? null
            : new StreetSegment
            {
                Id = new FeatureId(id),
                Geometry = line,
                Name = name ?? "",
                Class = streetClass ?? StreetClass.Local,
                Surface = surface ?? SurfaceClass.Paved,
                FreeDuct = freeDuct ?? false,
                Synthetic = synthetic ?? false,
            };
    }

    public static GeoJsonFeatureOut StreetFeature(StreetSegment street) => new(street.Id.Value, street.Geometry,
    [
        new("name", street.Name),
        new("class", EnumCodes.Of(street.Class)),
        new("surface", EnumCodes.Of(street.Surface)),
        new("free_duct", street.FreeDuct),
        new("synthetic", street.Synthetic),
    ]);

    public static RadioHub? MapHub(RawFeature feature, string id, List<InputError> errors)
    {
        var before = errors.Count;
        var p = feature.Typed;
        var location = LayerReader.AsPoint(feature, errors);
        var name = p.GetString("name", errors);
        var height = p.GetDouble("height_m", errors, min: 0, minExclusive: true);
        var maxLinks = p.GetInt32("max_links", errors, min: 1);
        var hasFibre = p.GetBoolean("has_fibre", errors);
        var synthetic = p.GetBoolean("synthetic", errors);
        return errors.Count > before || location is null
            ? null
            : new RadioHub
            {
                Id = new FeatureId(id),
                Location = location,
                Name = name ?? "",
                HeightM = height ?? 20,
                MaxLinks = maxLinks ?? 6,
                HasFibre = hasFibre ?? true,
                Synthetic = synthetic ?? false,
            };
    }

    public static GeoJsonFeatureOut HubFeature(RadioHub hub) => new(hub.Id.Value, hub.Location,
    [
        new("name", hub.Name),
        new("height_m", hub.HeightM),
        new("max_links", hub.MaxLinks),
        new("has_fibre", hub.HasFibre),
        new("synthetic", hub.Synthetic),
    ]);

    public static Obstacle? MapObstacle(RawFeature feature, string id, List<InputError> errors)
    {
        var before = errors.Count;
        var p = feature.Typed;
        var footprint = LayerReader.AsPolygon(feature, errors);
        var height = p.GetDouble("height_m", errors, required: true, min: 0, minExclusive: true);
        var synthetic = p.GetBoolean("synthetic", errors);
        return errors.Count > before || footprint is null
            ? null
            : new Obstacle { Id = new FeatureId(id), Footprint = footprint, HeightM = height!.Value, Synthetic = synthetic ?? false };
    }

    public static GeoJsonFeatureOut ObstacleFeature(Obstacle obstacle) => new(obstacle.Id.Value, obstacle.Footprint,
    [
        new("height_m", obstacle.HeightM),
        new("synthetic", obstacle.Synthetic),
    ]);
}
