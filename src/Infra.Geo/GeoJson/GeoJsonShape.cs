using System.Globalization;
using System.Text.Json;
using Infra.Core.Network;

namespace Infra.Geo.GeoJson;

/// <summary>
/// Checks the JSON shape of a GeoJSON geometry object before NetTopologySuite's GeoJSON4STJ converter builds it:
/// the converter stops at the first problem with a generic message, these checks name what is wrong and where
/// (part, ring, position, coordinate). Builds nothing; <see cref="Check"/> returns the first problem or null.
/// </summary>
/// <remarks>
/// Covers everything the converter or NTS would refuse: missing or unknown <c>type</c>, GeometryCollection (not a
/// layer geometry here), missing, empty or wrongly nested <c>coordinates</c>, positions with fewer than 2 numbers,
/// non-numbers and non-finite numbers, lines with fewer than 2 positions, rings with fewer than 4 positions or not
/// closed. Position ranges, CRS and topology are checked on the built geometry by <see cref="SourceGeometry"/>.
/// </remarks>
internal static class GeoJsonShape
{
    private const string Coordinates = "geometry.coordinates";

    /// <summary>The first problem of <paramref name="geometry"/> (the feature's <c>geometry</c> member), or null.</summary>
    public static (string Property, string Message)? Check(JsonElement geometry, int sourceSrid)
    {
        if (geometry.ValueKind == JsonValueKind.Undefined)
        {
            return ("geometry", "the feature has no 'geometry' member");
        }

        if (geometry.ValueKind == JsonValueKind.Null)
        {
            return ("geometry", "geometry is null; every feature needs a geometry");
        }

        if (geometry.ValueKind != JsonValueKind.Object)
        {
            return ("geometry", $"geometry must be an object, found {Kind(geometry)}");
        }

        if (!geometry.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
        {
            return ("geometry.type", "the geometry has no 'type' string");
        }

        var type = typeElement.GetString()!;
        if (type == "GeometryCollection")
        {
            return ("geometry.type", "GeometryCollection is not supported; split it into one feature per geometry");
        }

        if (type is not ("Point" or "LineString" or "Polygon" or "MultiPoint" or "MultiLineString" or "MultiPolygon"))
        {
            return ("geometry.type",
                $"unknown geometry type '{type}'; expected Point, LineString, Polygon, MultiPoint, MultiLineString or MultiPolygon");
        }

        if (!geometry.TryGetProperty("coordinates", out var coords) || coords.ValueKind == JsonValueKind.Null)
        {
            return (Coordinates, $"the {type} has no 'coordinates'");
        }

        if (coords.ValueKind != JsonValueKind.Array)
        {
            return (Coordinates, $"'coordinates' must be an array, found {Kind(coords)}");
        }

        if (coords.GetArrayLength() == 0)
        {
            return (Coordinates, $"the {type} is empty (no coordinates)");
        }

        var axes = sourceSrid == Srid.Wgs84 ? "[longitude, latitude]" : "[easting, northing]";
        string? Position(JsonElement e, string label) => PositionProblem(e, label, axes);
        string? Positions(JsonElement e, string label) => PositionsProblem(e, label, axes);
        var problem = type switch
        {
            "Point" => Position(coords, "position"),
            "MultiPoint" => Parts(coords, "point", Position),
            "LineString" => Line(coords, "", Positions),
            "MultiLineString" => Parts(coords, "part", (e, label) => Line(e, label + " ", Positions)),
            "Polygon" => Polygon(coords, "", Positions),
            _ => Parts(coords, "polygon", (e, label) => Polygon(e, label + " ", Positions)),
        };
        return problem is null ? null : (Coordinates, problem);
    }

    private static string? Parts(JsonElement coords, string partName, Func<JsonElement, string, string?> part)
    {
        var k = 0;
        foreach (var element in coords.EnumerateArray())
        {
            if (part(element, $"{partName} {k.ToString(CultureInfo.InvariantCulture)}") is { } problem)
            {
                return problem;
            }

            k++;
        }

        return null;
    }

    private static string? Line(JsonElement coords, string prefix, Func<JsonElement, string, string?> positions)
    {
        if (positions(coords, prefix + "position") is { } problem)
        {
            return problem;
        }

        var count = coords.GetArrayLength();
        return count < 2
            ? $"{prefix}too few points: a LineString needs at least 2 positions, found {count.ToString(CultureInfo.InvariantCulture)}"
            : null;
    }

    private static string? Polygon(JsonElement coords, string prefix, Func<JsonElement, string, string?> positions)
    {
        if (coords.ValueKind != JsonValueKind.Array || coords.GetArrayLength() == 0)
        {
            return $"{prefix}a polygon needs an array of rings, found {Kind(coords)}";
        }

        var r = 0;
        foreach (var ring in coords.EnumerateArray())
        {
            var label = $"{prefix}ring {r.ToString(CultureInfo.InvariantCulture)}";
            if (positions(ring, label + " position") is { } problem)
            {
                return problem;
            }

            var count = ring.GetArrayLength();
            if (count < 4)
            {
                return $"{label}: too few points: a polygon ring needs at least 4 positions (first = last), found {count.ToString(CultureInfo.InvariantCulture)}";
            }

            var first = ring[0];
            var last = ring[count - 1];
            if (first[0].GetDouble() != last[0].GetDouble() || first[1].GetDouble() != last[1].GetDouble())
            {
                return $"{label} is not closed: first position {At(first)} differs from last {At(last)}";
            }

            r++;
        }

        return null;
    }

    private static string? PositionsProblem(JsonElement coords, string label, string axes)
    {
        if (coords.ValueKind != JsonValueKind.Array)
        {
            return $"{label}s: expected an array of positions, found {Kind(coords)}";
        }

        var i = 0;
        foreach (var element in coords.EnumerateArray())
        {
            if (PositionProblem(element, $"{label} {i.ToString(CultureInfo.InvariantCulture)}", axes) is { } problem)
            {
                return problem;
            }

            i++;
        }

        return null;
    }

    private static string? PositionProblem(JsonElement position, string label, string axes)
    {
        if (position.ValueKind != JsonValueKind.Array)
        {
            return $"{label}: expected a position {axes}, found {Kind(position)}";
        }

        if (position.GetArrayLength() < 2)
        {
            return $"{label}: a position needs 2 numbers {axes}, found {position.GetArrayLength().ToString(CultureInfo.InvariantCulture)}";
        }

        var axis = 0;
        foreach (var element in position.EnumerateArray())
        {
            if (element.ValueKind != JsonValueKind.Number)
            {
                return $"{label}: coordinate {axis.ToString(CultureInfo.InvariantCulture)} is {Kind(element)} {Short(element)}, not a number";
            }

            if (!element.TryGetDouble(out var value) || !double.IsFinite(value))
            {
                return $"{label}: coordinate {Short(element)} is not a finite number (NaN or infinite)";
            }

            axis++;
        }

        return null;
    }

    private static string At(JsonElement position) => $"({Short(position[0])}, {Short(position[1])})";

    internal static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.Null => "null",
        _ => element.ValueKind.ToString().ToLowerInvariant(),
    };

    private static string Short(JsonElement element)
    {
        var raw = element.GetRawText();
        return raw.Length <= 30 ? raw : raw[..30] + "…";
    }
}
