using Infra.Core.Inputs;
using Infra.Core.Network;
using Infra.Core.Sites;
using Infra.Geo.GeoJson;

namespace Infra.Geo.Layers;

/// <summary>
/// Reads and writes the geodata layers as GeoJSON files, one file per layer, with the property names documented in
/// docs/geojson-layers.md. Reading checks geometry type, properties, ids (present, unique within the file) and
/// throws one <see cref="InputException"/> with every problem; writing produces files that read back unchanged
/// (exactly, in EPSG:25832 and in EPSG:4326).
/// </summary>
public static class LayerFiles
{
    /// <summary>
    /// Reads a GeoJSON layer file; the layer is <paramref name="schema"/>, or recognised from the content when null
    /// (<see cref="LayerDetector"/>). Warnings about unknown and missing properties come back with the records. Null
    /// only for a file without features and without a given layer.
    /// </summary>
    public static LayerContent? Read(string path, LayerSchema? schema, GeoJsonReadOptions? options = null) =>
        LayerReader.Read(path, schema, options);

    /// <summary>Reads an uploaded GeoJSON layer of a given layer; <paramref name="fileName"/> names it in errors.</summary>
    public static LayerContent Read(Stream stream, string fileName, LayerSchema schema, GeoJsonReadOptions? options = null) =>
        LayerReader.Read(stream, fileName, schema ?? throw new ArgumentNullException(nameof(schema)), options)!;

    public static IReadOnlyList<Site> ReadSites(string path, GeoJsonReadOptions? o = null) => Items<Site>(Read(path, LayerSchema.Sites, o)!);

    public static IReadOnlyList<LwlRoute> ReadRoutes(string path, GeoJsonReadOptions? o = null) => Items<LwlRoute>(Read(path, LayerSchema.Routes, o)!);

    public static IReadOnlyList<AccessPoint> ReadAccessPoints(string path, GeoJsonReadOptions? o = null) =>
        Items<AccessPoint>(Read(path, LayerSchema.AccessPoints, o)!);

    public static IReadOnlyList<StreetSegment> ReadStreets(string path, GeoJsonReadOptions? o = null) =>
        Items<StreetSegment>(Read(path, LayerSchema.Streets, o)!);

    public static IReadOnlyList<RadioHub> ReadHubs(string path, GeoJsonReadOptions? o = null) => Items<RadioHub>(Read(path, LayerSchema.Hubs, o)!);

    public static IReadOnlyList<Obstacle> ReadObstacles(string path, GeoJsonReadOptions? o = null) =>
        Items<Obstacle>(Read(path, LayerSchema.Obstacles, o)!);

    public static IReadOnlyList<District> ReadDistricts(string path, GeoJsonReadOptions? o = null) =>
        Items<District>(Read(path, LayerSchema.Districts, o)!);

    /// <summary>The records of <paramref name="content"/> as <typeparamref name="T"/>.</summary>
    public static IReadOnlyList<T> Items<T>(LayerContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return content.Items.Cast<T>().ToArray();
    }

    /// <summary>The schema of a layer record type (Site, LwlRoute, AccessPoint, StreetSegment, RadioHub, Obstacle, District).</summary>
    public static LayerSchema SchemaOf(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type switch
        {
            _ when type == typeof(Site) => LayerSchema.Sites,
            _ when type == typeof(LwlRoute) => LayerSchema.Routes,
            _ when type == typeof(AccessPoint) => LayerSchema.AccessPoints,
            _ when type == typeof(StreetSegment) => LayerSchema.Streets,
            _ when type == typeof(RadioHub) => LayerSchema.Hubs,
            _ when type == typeof(Obstacle) => LayerSchema.Obstacles,
            _ when type == typeof(District) => LayerSchema.Districts,
            _ => throw new ArgumentException($"{type.Name} is not a layer type", nameof(type)),
        };
    }

    /// <summary>The feature of a layer record, as the files carry it: id, EPSG:25832 geometry, properties in documented order.</summary>
    public static GeoJsonFeatureOut Feature(object item) => item switch
    {
        Site s => SiteLayer.ToFeature(s),
        LwlRoute r => NetworkLayers.RouteFeature(r),
        AccessPoint a => NetworkLayers.AccessPointFeature(a),
        StreetSegment s => NetworkLayers.StreetFeature(s),
        RadioHub h => NetworkLayers.HubFeature(h),
        Obstacle o => NetworkLayers.ObstacleFeature(o),
        District d => DistrictLayer.ToFeature(d),
        null => throw new ArgumentNullException(nameof(item)),
        _ => throw new ArgumentException($"{item.GetType().Name} is not a layer type", nameof(item)),
    };

    /// <summary>The id of a layer record (cheaper than <see cref="Feature"/> where only the id is needed).</summary>
    public static string IdOf(object item) => item switch
    {
        Site s => s.Id.Value,
        LwlRoute r => r.Id.Value,
        AccessPoint a => a.Id.Value,
        StreetSegment s => s.Id.Value,
        RadioHub h => h.Id.Value,
        Obstacle o => o.Id.Value,
        District d => d.Id.Value,
        _ => Feature(item).Id,
    };

    /// <summary>The EPSG:25832 geometry of a layer record.</summary>
    public static NetTopologySuite.Geometries.Geometry GeometryOf(object item) => item switch
    {
        Site s => s.Location,
        LwlRoute r => r.Geometry,
        AccessPoint a => a.Location,
        StreetSegment s => s.Geometry,
        RadioHub h => h.Location,
        Obstacle o => o.Footprint,
        District d => d.Boundary,
        _ => Feature(item).Geometry,
    };

    /// <summary>Writes any layer's records as one GeoJSON file.</summary>
    public static void Write(string path, IEnumerable<object> items, int srid = Srid.Wgs84)
    {
        ArgumentNullException.ThrowIfNull(items);
        GeoJsonWriter.Write(path, items.Select(Feature), srid);
    }

    public static void WriteSites(string path, IEnumerable<Site> sites, int srid = Srid.Wgs84) => Write(path, sites, srid);

    public static void WriteRoutes(string path, IEnumerable<LwlRoute> routes, int srid = Srid.Wgs84) => Write(path, routes, srid);

    public static void WriteAccessPoints(string path, IEnumerable<AccessPoint> points, int srid = Srid.Wgs84) => Write(path, points, srid);

    public static void WriteStreets(string path, IEnumerable<StreetSegment> streets, int srid = Srid.Wgs84) => Write(path, streets, srid);

    public static void WriteHubs(string path, IEnumerable<RadioHub> hubs, int srid = Srid.Wgs84) => Write(path, hubs, srid);

    public static void WriteObstacles(string path, IEnumerable<Obstacle> obstacles, int srid = Srid.Wgs84) => Write(path, obstacles, srid);

    public static void WriteDistricts(string path, IEnumerable<District> districts, int srid = Srid.Wgs84) => Write(path, districts, srid);
}
