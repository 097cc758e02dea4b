using System.Text.Json;
using Infra.Core.Inputs;
using Infra.Geo.GeoJson;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Linemerge;

namespace Infra.Geo.Layers;

/// <summary>
/// Maps the features of one file to the records of its layer (given, or recognised from the content): every problem
/// (geometry, properties, missing or duplicate ids) is collected and all are thrown together as one
/// <see cref="InputException"/>; warnings about unknown and missing properties come back with the records.
/// </summary>
internal static class LayerReader
{
    /// <summary>Maps one feature; returns null when it has a problem (which it has added to the errors).</summary>
    public delegate object? Mapper(RawFeature feature, string id, List<InputError> errors);

    public static LayerContent? Read(string path, LayerSchema? schema, GeoJsonReadOptions? options)
    {
        ArgumentNullException.ThrowIfNull(path);
        var (document, errors) = GeoJsonReader.ReadLenient(path, options);
        return Map(document, errors, schema);
    }

    /// <summary>Reads an uploaded layer from a stream; <paramref name="file"/> names it in the errors.</summary>
    public static LayerContent? Read(Stream stream, string file, LayerSchema? schema, GeoJsonReadOptions? options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(file);
        var (document, errors) = GeoJsonReader.ReadLenient(stream, file, options);
        return Map(document, errors, schema);
    }

    /// <summary>
    /// Maps a read document (GeoJSON, or a GeoPackage or Shapefile table read into the same form); null for a file
    /// without features whose layer is not given (nothing to recognise, nothing to import).
    /// </summary>
    public static LayerContent? Map(RawDocument document, List<InputError> errors, LayerSchema? schema)
    {
        if (schema is null && document.Features.Count == 0 && errors.Count == 0)
        {
            return null;
        }

        var names = document.Features.Select(f => (IReadOnlyCollection<string>)f.Typed.Values
            .Where(v => v.Value.ValueKind != JsonValueKind.Null).Select(v => v.Key).ToHashSet(StringComparer.Ordinal)).ToArray();
        if (schema is null)
        {
            try
            {
                schema = LayerDetector.Detect(document.File, document.Features.Select(f => f.Geometry), names.SelectMany(n => n).ToHashSet(StringComparer.Ordinal));
            }
            catch (InputException e)
            {
                errors.InsertRange(0, e.Errors);
                InputErrorLimit.ThrowIfAny(errors, document.File);
                throw;
            }
        }

        var map = MapperOf(schema);
        var result = new List<object>(document.Features.Count);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var feature in document.Features)
        {
            var typed = feature.Typed;
            var id = typed.FeatureId;
            if (string.IsNullOrWhiteSpace(id))
            {
                errors.Add(typed.Error("id", "required id is missing: give the feature an 'id' member or an 'id' property"));
            }
            else if (seen.TryGetValue(id, out var first))
            {
                errors.Add(typed.Error("id", $"duplicate id '{id}': used by features {first} and {typed.FeatureIndex}"));
            }
            else
            {
                seen.Add(id, typed.FeatureIndex);
            }

            if (map(feature, id ?? "", errors) is { } item)
            {
                result.Add(item);
            }
        }

        InputErrorLimit.ThrowIfAny(errors, document.File);
        return new LayerContent(schema, document.File, result, PropertyWarnings.Of(document.File, schema, names));
    }

    private static Mapper MapperOf(LayerSchema schema) => schema.Name switch
    {
        "sites" => SiteLayer.Map,
        "routes" => NetworkLayers.MapRoute,
        "access-points" => NetworkLayers.MapAccessPoint,
        "streets" => NetworkLayers.MapStreet,
        "hubs" => NetworkLayers.MapHub,
        "obstacles" => NetworkLayers.MapObstacle,
        _ => DistrictLayer.Map,
    };

    /// <summary>A Point, or a MultiPoint of exactly one point.</summary>
    public static Point? AsPoint(RawFeature feature, List<InputError> errors) => feature.Geometry switch
    {
        null => null,
        Point p => p,
        MultiPoint { NumGeometries: 1 } mp => (Point)mp.GetGeometryN(0),
        var g => WrongType<Point>(feature, errors, "a Point", g),
    };

    /// <summary>A LineString, or a MultiLineString whose parts join into one simple line.</summary>
    public static LineString? AsLine(RawFeature feature, List<InputError> errors)
    {
        switch (feature.Geometry)
        {
            case null:
                return null;
            case LineString line:
                return line;
            case MultiLineString { NumGeometries: 1 } single:
                return (LineString)single.GetGeometryN(0);
            case MultiLineString multi:
                var merger = new LineMerger();
                merger.Add((Geometry)multi);
                var merged = merger.GetMergedLineStrings();
                if (merged.Count == 1 && merged[0].IsSimple)
                {
                    var line = (LineString)merged[0];
                    line.SRID = multi.SRID;
                    return line;
                }

                errors.Add(feature.Typed.Error("geometry",
                    $"expected a LineString, found a MultiLineString of {multi.NumGeometries} parts that do not form one connected, " +
                    "non-crossing line; split it into separate features"));
                return null;
            default:
                return WrongType<LineString>(feature, errors, "a LineString", feature.Geometry);
        }
    }

    /// <summary>A Polygon, or a MultiPolygon of exactly one polygon.</summary>
    public static Polygon? AsPolygon(RawFeature feature, List<InputError> errors) => feature.Geometry switch
    {
        null => null,
        Polygon p => p,
        MultiPolygon { NumGeometries: 1 } mp => (Polygon)mp.GetGeometryN(0),
        var g => WrongType<Polygon>(feature, errors, "a Polygon", g),
    };

    /// <summary>A Polygon, or a MultiPolygon of several polygons (one of one polygon is that polygon, as Shapefiles hold every area).</summary>
    public static Geometry? AsArea(RawFeature feature, List<InputError> errors) => feature.Geometry switch
    {
        null => null,
        MultiPolygon { NumGeometries: 1 } single => single.GetGeometryN(0),
        Polygon or MultiPolygon => feature.Geometry,
        var g => WrongType<Geometry>(feature, errors, "a Polygon or MultiPolygon", g),
    };

    private static T? WrongType<T>(RawFeature feature, List<InputError> errors, string expected, Geometry found)
        where T : Geometry
    {
        var what = found.NumGeometries > 1 && found is GeometryCollection
            ? $"a {found.GeometryType} of {found.NumGeometries} parts"
            : $"a {found.GeometryType}";
        errors.Add(feature.Typed.Error("geometry", $"wrong geometry type for this layer: expected {expected}, found {what}"));
        return null;
    }
}
