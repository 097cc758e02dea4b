using Infra.Core.Inputs;
using Infra.Geo.GeoJson;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Linemerge;

namespace Infra.Geo.Layers;

/// <summary>
/// Reads one layer file: every feature is mapped, every problem (geometry, properties, missing or duplicate ids) is
/// collected, and all are thrown together as one <see cref="InputException"/>.
/// </summary>
internal static class LayerReader
{
    /// <summary>Maps one feature; returns null when it has a problem (which it has added to the errors).</summary>
    public delegate T? Mapper<T>(RawFeature feature, string id, List<InputError> errors)
        where T : class;

    public static IReadOnlyList<T> Read<T>(string path, GeoJsonReadOptions? options, Mapper<T> map)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(path);
        var (document, errors) = GeoJsonReader.ReadLenient(path, options);
        return Map(document, errors, path, map);
    }

    /// <summary>Reads an uploaded layer from a stream; <paramref name="file"/> names it in the errors.</summary>
    public static IReadOnlyList<T> Read<T>(Stream stream, string file, GeoJsonReadOptions? options, Mapper<T> map)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(file);
        var (document, errors) = GeoJsonReader.ReadLenient(stream, file, options);
        return Map(document, errors, file, map);
    }

    private static List<T> Map<T>(RawDocument document, List<InputError> errors, string path, Mapper<T> map)
        where T : class
    {
        var result = new List<T>(document.Features.Count);
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

            var item = map(feature, id ?? "", errors);
            if (item is not null)
            {
                result.Add(item);
            }
        }

        InputErrorLimit.ThrowIfAny(errors, path);
        return result;
    }

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
