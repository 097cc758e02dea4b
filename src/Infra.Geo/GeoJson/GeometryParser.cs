using System.Globalization;
using System.Text.Json;
using Infra.Core.Network;
using Infra.Geo.Crs;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Valid;

namespace Infra.Geo.GeoJson;

/// <summary>
/// Parses a GeoJSON geometry object into a valid NTS geometry in EPSG:25832 (coordinates rounded to 0.01 m), or
/// reports what is wrong. Reports the first problem of a geometry and returns null.
/// </summary>
internal sealed class GeometryParser
{
    private const string Coordinates = "geometry.coordinates";
    private readonly GeometryFactory _factory = new(new PrecisionModel(), Srid.Etrs89Utm32);
    private readonly int _sourceSrid;

    public GeometryParser(int sourceSrid) => _sourceSrid = sourceSrid;

    /// <summary>The reason parsing failed: property path and message.</summary>
    public (string Property, string Message)? Problem { get; private set; }

    public Geometry? Parse(JsonElement geometry)
    {
        Problem = null;
        if (geometry.ValueKind == JsonValueKind.Undefined)
        {
            return Fail("geometry", "the feature has no 'geometry' member");
        }

        if (geometry.ValueKind == JsonValueKind.Null)
        {
            return Fail("geometry", "geometry is null; every feature needs a geometry");
        }

        if (geometry.ValueKind != JsonValueKind.Object)
        {
            return Fail("geometry", $"geometry must be an object, found {Kind(geometry)}");
        }

        if (!geometry.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
        {
            return Fail("geometry.type", "the geometry has no 'type' string");
        }

        var type = typeElement.GetString()!;
        if (type == "GeometryCollection")
        {
            return Fail("geometry.type", "GeometryCollection is not supported; split it into one feature per geometry");
        }

        if (type is not ("Point" or "LineString" or "Polygon" or "MultiPoint" or "MultiLineString" or "MultiPolygon"))
        {
            return Fail("geometry.type",
                $"unknown geometry type '{type}'; expected Point, LineString, Polygon, MultiPoint, MultiLineString or MultiPolygon");
        }

        if (!geometry.TryGetProperty("coordinates", out var coords) || coords.ValueKind == JsonValueKind.Null)
        {
            return Fail(Coordinates, $"the {type} has no 'coordinates'");
        }

        if (coords.ValueKind != JsonValueKind.Array)
        {
            return Fail(Coordinates, $"'coordinates' must be an array, found {Kind(coords)}");
        }

        if (coords.GetArrayLength() == 0)
        {
            return Fail(Coordinates, $"the {type} is empty (no coordinates)");
        }

        return type switch
        {
            "Point" => PointAt(coords, "position"),
            "MultiPoint" => Multi(coords, "point", (e, label) => PointAt(e, label), parts => _factory.CreateMultiPoint(parts)),
            "LineString" => Line(coords, ""),
            "MultiLineString" => Multi(coords, "part", (e, label) => Line(e, label + " "),
                parts => _factory.CreateMultiLineString(parts)),
            "Polygon" => PolygonAt(coords, ""),
            _ => ValidOrFail(Multi(coords, "polygon", (e, label) => PolygonAt(e, label + " "), parts => _factory.CreateMultiPolygon(parts)), "MultiPolygon"),
        };
    }

    private static T? Multi<TPart, T>(JsonElement coords, string partName, Func<JsonElement, string, TPart?> part, Func<TPart[], T> create)
        where TPart : Geometry
        where T : Geometry
    {
        var parts = new List<TPart>();
        var k = 0;
        foreach (var element in coords.EnumerateArray())
        {
            var p = part(element, $"{partName} {k.ToString(CultureInfo.InvariantCulture)}");
            if (p is null)
            {
                return null;
            }

            parts.Add(p);
            k++;
        }

        return create([.. parts]);
    }

    private Point? PointAt(JsonElement position, string label)
    {
        var c = Position(position, label);
        return c is null ? null : _factory.CreatePoint(c);
    }

    private LineString? Line(JsonElement coords, string prefix)
    {
        var points = Positions(coords, prefix + "position");
        if (points is null)
        {
            return null;
        }

        if (points.Length < 2)
        {
            return Fail<LineString>(Coordinates,
                $"{prefix}too few points: a LineString needs at least 2 positions, found {points.Length}");
        }

        var line = _factory.CreateLineString(points);
        if (line.Length == 0)
        {
            return Fail<LineString>(Coordinates, $"{prefix}zero-length line: all {points.Length} positions are the same point {At(points[0])}");
        }

        var simple = new IsSimpleOp(line);
        if (!simple.IsSimple())
        {
            return Fail<LineString>(Coordinates,
                $"{prefix}self-intersecting line: it crosses or touches itself at {At(simple.NonSimpleLocation)} (EPSG:25832)");
        }

        return line;
    }

    private Polygon? PolygonAt(JsonElement coords, string prefix)
    {
        if (coords.ValueKind != JsonValueKind.Array || coords.GetArrayLength() == 0)
        {
            return Fail<Polygon>(Coordinates, $"{prefix}a polygon needs an array of rings, found {Kind(coords)}");
        }

        var rings = new List<LinearRing>();
        var r = 0;
        foreach (var ringElement in coords.EnumerateArray())
        {
            var ringLabel = $"{prefix}ring {r.ToString(CultureInfo.InvariantCulture)}";
            var points = Positions(ringElement, ringLabel + " position");
            if (points is null)
            {
                return null;
            }

            if (points.Length < 4)
            {
                return Fail<Polygon>(Coordinates,
                    $"{ringLabel}: too few points: a polygon ring needs at least 4 positions (first = last), found {points.Length}");
            }

            if (!points[0].Equals2D(points[^1]))
            {
                return Fail<Polygon>(Coordinates, $"{ringLabel} is not closed: first position {At(points[0])} differs from last {At(points[^1])}");
            }

            rings.Add(_factory.CreateLinearRing(points));
            r++;
        }

        var polygon = _factory.CreatePolygon(rings[0], [.. rings.Skip(1)]);
        return ValidOrFail(polygon, prefix + "polygon");
    }

    private T? ValidOrFail<T>(T? geometry, string what)
        where T : Geometry
    {
        if (geometry is null)
        {
            return null;
        }

        var op = new IsValidOp(geometry);
        if (op.IsValid)
        {
            return geometry;
        }

        var error = op.ValidationError;
        return Fail<T>(Coordinates, $"invalid {what.Trim()}: {error.Message} at {At(error.Coordinate)} (EPSG:25832)");
    }

    private Coordinate[]? Positions(JsonElement coords, string label)
    {
        if (coords.ValueKind != JsonValueKind.Array)
        {
            Fail<Geometry>(Coordinates, $"{label}s: expected an array of positions, found {Kind(coords)}");
            return null;
        }

        var result = new Coordinate[coords.GetArrayLength()];
        var i = 0;
        foreach (var element in coords.EnumerateArray())
        {
            var c = Position(element, $"{label} {i.ToString(CultureInfo.InvariantCulture)}");
            if (c is null)
            {
                return null;
            }

            result[i++] = c;
        }

        return result;
    }

    private Coordinate? Position(JsonElement position, string label)
    {
        var axes = _sourceSrid == Srid.Wgs84 ? "[longitude, latitude]" : "[easting, northing]";
        if (position.ValueKind != JsonValueKind.Array)
        {
            return Fail<Coordinate>(Coordinates, $"{label}: expected a position {axes}, found {Kind(position)}");
        }

        if (position.GetArrayLength() < 2)
        {
            return Fail<Coordinate>(Coordinates, $"{label}: a position needs 2 numbers {axes}, found {position.GetArrayLength().ToString(CultureInfo.InvariantCulture)}");
        }

        var values = new double[2];
        for (var axis = 0; axis < 2; axis++)
        {
            var element = position[axis];
            if (element.ValueKind != JsonValueKind.Number)
            {
                return Fail<Coordinate>(Coordinates, $"{label}: coordinate {axis.ToString(CultureInfo.InvariantCulture)} is {Kind(element)} {Short(element)}, not a number");
            }

            if (!element.TryGetDouble(out values[axis]) || !double.IsFinite(values[axis]))
            {
                return Fail<Coordinate>(Coordinates, $"{label}: coordinate {Short(element)} is not a finite number (NaN or infinite)");
            }
        }

        double x, y;
        if (_sourceSrid == Srid.Wgs84)
        {
            var problem = PositionCheck.Wgs84(values[0], values[1], "the file declares degrees (WGS84); add a crs member or pass --crs 25832");
            if (problem is not null)
            {
                return Fail<Coordinate>(Coordinates, $"{label}: {problem}");
            }

            (x, y) = CrsTransform.ToUtm32(values[0], values[1]);
        }
        else
        {
            var problem = PositionCheck.Utm32(values[0], values[1]);
            if (problem is not null)
            {
                return Fail<Coordinate>(Coordinates, $"{label}: {problem}");
            }

            (x, y) = (values[0], values[1]);
        }

        return new Coordinate(Math.Round(x, 2), Math.Round(y, 2));
    }

    private Geometry? Fail(string property, string message) => Fail<Geometry>(property, message);

    private T? Fail<T>(string property, string message)
        where T : class
    {
        Problem = (property, message);
        return null;
    }

    private static string Kind(JsonElement element) => element.ValueKind switch
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

    private static string At(Coordinate? c) => c is null ? "(unknown)" : $"({PositionCheck.F(c.X)}, {PositionCheck.F(c.Y)})";
}
