using System.Globalization;
using Infra.Core.Network;
using Infra.Geo.Crs;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Valid;

namespace Infra.Geo.GeoJson;

/// <summary>
/// Turns a geometry as a file holds it (WGS84 degrees or EPSG:25832 metres) into the planning geometry: every position
/// checked for range, swapped axes and the wrong CRS, transformed to EPSG:25832 and rounded to 0.01 m; then lines
/// checked for zero length and self-intersection and polygons for validity (rings oriented counter-clockwise, holes
/// clockwise). Returns null with the first problem,
/// naming the part, ring and position as the file nests them.
/// </summary>
internal sealed class SourceGeometry
{
    private const string Coordinates = "geometry.coordinates";
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), Srid.Etrs89Utm32);
    private readonly int _sourceSrid;
    private readonly string _metresHint;

    /// <param name="sourceSrid">4326 or 25832.</param>
    /// <param name="metresHint">How to fix metres in a file that declares degrees (ends the message).</param>
    public SourceGeometry(int sourceSrid, string metresHint = "the file declares degrees (WGS84); add a crs member or pass --crs 25832")
    {
        _sourceSrid = sourceSrid;
        _metresHint = metresHint;
    }

    /// <summary>The reason the last <see cref="ToPlanning"/> returned null: property path and message.</summary>
    public (string Property, string Message)? Problem { get; private set; }

    /// <summary>Valid EPSG:25832 geometry rounded to 0.01 m, or null with <see cref="Problem"/> set.</summary>
    public Geometry? ToPlanning(Geometry source)
    {
        ArgumentNullException.ThrowIfNull(source);
        Problem = null;
        if (source.IsEmpty)
        {
            return Fail<Geometry>($"the {source.GeometryType} is empty (no coordinates)");
        }

        return source switch
        {
            Point p => PointOf(p, "position"),
            LineString l => Line(l, ""),
            Polygon p => PolygonOf(p, ""),
            MultiPoint mp => Multi<Point, MultiPoint>(mp, "point", (g, label) => PointOf(g, label), Factory.CreateMultiPoint),
            MultiLineString ml => Multi<LineString, MultiLineString>(ml, "part", (g, label) => Line(g, label + " "), Factory.CreateMultiLineString),
            MultiPolygon mpoly => ValidOrFail(
                Multi<Polygon, MultiPolygon>(mpoly, "polygon", (g, label) => PolygonOf(g, label + " "), Factory.CreateMultiPolygon), "MultiPolygon"),
            _ => FailType(source),
        };
    }

    private Geometry? FailType(Geometry source)
    {
        Problem = ("geometry.type", $"{source.GeometryType} is not supported; split it into one feature per geometry");
        return null;
    }

    private static T? Multi<TPart, T>(Geometry source, string partName, Func<TPart, string, TPart?> part, Func<TPart[], T> create)
        where TPart : Geometry
        where T : Geometry
    {
        var parts = new TPart[source.NumGeometries];
        for (var k = 0; k < parts.Length; k++)
        {
            var p = part((TPart)source.GetGeometryN(k), $"{partName} {k.ToString(CultureInfo.InvariantCulture)}");
            if (p is null)
            {
                return null;
            }

            parts[k] = p;
        }

        return create(parts);
    }

    private Point? PointOf(Point source, string label)
    {
        var c = Position(source.Coordinate, label);
        return c is null ? null : Factory.CreatePoint(c);
    }

    private LineString? Line(LineString source, string prefix)
    {
        var points = Positions(source.Coordinates, prefix + "position");
        if (points is null)
        {
            return null;
        }

        var line = Factory.CreateLineString(points);
        if (line.Length == 0)
        {
            return Fail<LineString>($"{prefix}zero-length line: all {points.Length} positions are the same point {At(points[0])}");
        }

        var simple = new IsSimpleOp(line);
        return simple.IsSimple()
            ? line
            : Fail<LineString>($"{prefix}self-intersecting line: it crosses or touches itself at {At(simple.NonSimpleLocation)} (EPSG:25832)");
    }

    private Polygon? PolygonOf(Polygon source, string prefix)
    {
        var rings = new LinearRing[source.NumInteriorRings + 1];
        for (var r = 0; r < rings.Length; r++)
        {
            var ring = r == 0 ? source.ExteriorRing : source.GetInteriorRingN(r - 1);
            var points = Positions(ring.Coordinates, $"{prefix}ring {r.ToString(CultureInfo.InvariantCulture)} position");
            if (points is null)
            {
                return null;
            }

            // One orientation whatever the source (GeoJSON, Shapefile, GeoPackage): shells counter-clockwise, holes
            // clockwise (RFC 7946), so that the same area read from any format is the same stored geometry.
            if (Orientation.IsCCW(points) != (r == 0))
            {
                Array.Reverse(points);
            }

            rings[r] = Factory.CreateLinearRing(points);
        }

        return ValidOrFail(Factory.CreatePolygon(rings[0], rings[1..]), prefix + "polygon");
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
        return Fail<T>($"invalid {what.Trim()}: {error.Message} at {At(error.Coordinate)} (EPSG:25832)");
    }

    private Coordinate[]? Positions(Coordinate[] source, string label)
    {
        var result = new Coordinate[source.Length];
        for (var i = 0; i < source.Length; i++)
        {
            var c = Position(source[i], $"{label} {i.ToString(CultureInfo.InvariantCulture)}");
            if (c is null)
            {
                return null;
            }

            result[i] = c;
        }

        return result;
    }

    private Coordinate? Position(Coordinate source, string label)
    {
        double x, y;
        if (!double.IsFinite(source.X) || !double.IsFinite(source.Y))
        {
            return Fail<Coordinate>($"{label}: coordinate ({PositionCheck.F(source.X)}, {PositionCheck.F(source.Y)}) is not a finite number (NaN or infinite)");
        }

        if (_sourceSrid == Srid.Wgs84)
        {
            if (PositionCheck.Wgs84(source.X, source.Y, _metresHint) is { } problem)
            {
                return Fail<Coordinate>($"{label}: {problem}");
            }

            (x, y) = CrsTransform.ToUtm32(source.X, source.Y);
        }
        else
        {
            if (PositionCheck.Utm32(source.X, source.Y) is { } problem)
            {
                return Fail<Coordinate>($"{label}: {problem}");
            }

            (x, y) = (source.X, source.Y);
        }

        return new Coordinate(Math.Round(x, 2), Math.Round(y, 2));
    }

    private T? Fail<T>(string message)
        where T : class
    {
        Problem = (Coordinates, message);
        return null;
    }

    private static string At(Coordinate? c) => c is null ? "(unknown)" : $"({PositionCheck.F(c.X)}, {PositionCheck.F(c.Y)})";
}
