using Infra.Core.Inputs;
using Infra.Core.Network;
using Infra.Core.Sites;
using Infra.Geo.GeoJson;

namespace Infra.Geo.Layers;

/// <summary>
/// Reads and writes the geodata layers as GeoJSON files, one file per layer, with the property names documented in
/// docs/geojson-layers.md. Reading checks geometry type, properties, ids (present, unique within the file) and
/// throws one <see cref="InputException"/> with every problem; writing produces files that read back unchanged
/// (EPSG:25832 exactly, EPSG:4326 within 2 cm).
/// </summary>
public static class LayerFiles
{
    public static IReadOnlyList<Site> ReadSites(string path, GeoJsonReadOptions? o = null) => LayerReader.Read(path, o, SiteLayer.Map);

    public static IReadOnlyList<LwlRoute> ReadRoutes(string path, GeoJsonReadOptions? o = null) =>
        LayerReader.Read(path, o, NetworkLayers.MapRoute);

    public static IReadOnlyList<AccessPoint> ReadAccessPoints(string path, GeoJsonReadOptions? o = null) =>
        LayerReader.Read(path, o, NetworkLayers.MapAccessPoint);

    public static IReadOnlyList<StreetSegment> ReadStreets(string path, GeoJsonReadOptions? o = null) =>
        LayerReader.Read(path, o, NetworkLayers.MapStreet);

    public static IReadOnlyList<RadioHub> ReadHubs(string path, GeoJsonReadOptions? o = null) =>
        LayerReader.Read(path, o, NetworkLayers.MapHub);

    public static IReadOnlyList<Obstacle> ReadObstacles(string path, GeoJsonReadOptions? o = null) =>
        LayerReader.Read(path, o, NetworkLayers.MapObstacle);

    /// <summary>Reads an uploaded layer of <typeparamref name="T"/> (Site, LwlRoute, AccessPoint, StreetSegment, RadioHub, Obstacle).</summary>
    public static IReadOnlyList<T> Read<T>(Stream stream, string fileName, GeoJsonReadOptions? o = null)
        where T : class => (IReadOnlyList<T>)(typeof(T) switch
        {
            var t when t == typeof(Site) => (object)LayerReader.Read(stream, fileName, o, SiteLayer.Map),
            var t when t == typeof(LwlRoute) => LayerReader.Read(stream, fileName, o, NetworkLayers.MapRoute),
            var t when t == typeof(AccessPoint) => LayerReader.Read(stream, fileName, o, NetworkLayers.MapAccessPoint),
            var t when t == typeof(StreetSegment) => LayerReader.Read(stream, fileName, o, NetworkLayers.MapStreet),
            var t when t == typeof(RadioHub) => LayerReader.Read(stream, fileName, o, NetworkLayers.MapHub),
            var t when t == typeof(Obstacle) => LayerReader.Read(stream, fileName, o, NetworkLayers.MapObstacle),
            var t => throw new ArgumentException($"{t.Name} is not a layer type"),
        });

    /// <summary>The GeoJSON feature of a layer object, as the files carry it (for streaming writers such as OGC API Features).</summary>
    public static GeoJsonFeatureOut Feature(object item) => item switch
    {
        Site s => SiteLayer.ToFeature(s),
        LwlRoute r => NetworkLayers.RouteFeature(r),
        AccessPoint a => NetworkLayers.AccessPointFeature(a),
        StreetSegment s => NetworkLayers.StreetFeature(s),
        RadioHub h => NetworkLayers.HubFeature(h),
        Obstacle o => NetworkLayers.ObstacleFeature(o),
        null => throw new ArgumentNullException(nameof(item)),
        _ => throw new ArgumentException($"{item.GetType().Name} is not a layer type", nameof(item)),
    };

    public static void WriteSites(string path, IEnumerable<Site> sites, int srid = Srid.Wgs84) =>
        GeoJsonWriter.Write(path, Checked(sites).Select(SiteLayer.ToFeature), srid);

    public static void WriteRoutes(string path, IEnumerable<LwlRoute> routes, int srid = Srid.Wgs84) =>
        GeoJsonWriter.Write(path, Checked(routes).Select(NetworkLayers.RouteFeature), srid);

    public static void WriteAccessPoints(string path, IEnumerable<AccessPoint> points, int srid = Srid.Wgs84) =>
        GeoJsonWriter.Write(path, Checked(points).Select(NetworkLayers.AccessPointFeature), srid);

    public static void WriteStreets(string path, IEnumerable<StreetSegment> streets, int srid = Srid.Wgs84) =>
        GeoJsonWriter.Write(path, Checked(streets).Select(NetworkLayers.StreetFeature), srid);

    public static void WriteHubs(string path, IEnumerable<RadioHub> hubs, int srid = Srid.Wgs84) =>
        GeoJsonWriter.Write(path, Checked(hubs).Select(NetworkLayers.HubFeature), srid);

    public static void WriteObstacles(string path, IEnumerable<Obstacle> obstacles, int srid = Srid.Wgs84) =>
        GeoJsonWriter.Write(path, Checked(obstacles).Select(NetworkLayers.ObstacleFeature), srid);

    private static IEnumerable<T> Checked<T>(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items;
    }
}
