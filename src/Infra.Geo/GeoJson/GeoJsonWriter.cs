using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Infra.Core.Network;
using Infra.Geo.Crs;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;

namespace Infra.Geo.GeoJson;

/// <summary>
/// Writes EPSG:25832 features as a GeoJSON FeatureCollection in EPSG:4326 (RFC 7946; 7 decimals ≈ 1 cm) or
/// EPSG:25832 (2 decimals = 1 cm, with the legacy <c>crs</c> member so that QGIS recognises it).
/// </summary>
/// <remarks>
/// Deterministic: UTF-8 without BOM, invariant number format, "\n" newlines, one feature per line, properties in
/// the given order. Polygon exterior rings are written counter-clockwise and holes clockwise (RFC 7946 right-hand
/// rule). Writing WGS84 and reading it back moves a point by less than 2 cm (7-decimal rounding plus the reader's
/// 0.01 m rounding).
/// </remarks>
public static class GeoJsonWriter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes (or overwrites) <paramref name="path"/>.</summary>
    public static void Write(string path, IEnumerable<GeoJsonFeatureOut> features, int targetSrid = Srid.Wgs84)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(features);
        CheckSrid(targetSrid);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        Write(stream, features, targetSrid);
    }

    /// <summary>Writes to <paramref name="stream"/> and leaves it open.</summary>
    public static void Write(Stream stream, IEnumerable<GeoJsonFeatureOut> features, int targetSrid = Srid.Wgs84)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(features);
        CheckSrid(targetSrid);
        var header = targetSrid == Srid.Etrs89Utm32
            ? $"{{\"type\":\"FeatureCollection\",\"crs\":{{\"type\":\"name\",\"properties\":{{\"name\":\"{CrsNames.Utm32Urn}\"}}}},\"features\":["
            : "{\"type\":\"FeatureCollection\",\"features\":[";
        stream.Write(Encoding.UTF8.GetBytes(header));
        var buffer = new ArrayBufferWriter<byte>();
        var first = true;
        foreach (var feature in features)
        {
            ArgumentNullException.ThrowIfNull(feature, nameof(features));
            buffer.ResetWrittenCount();
            using (var json = new Utf8JsonWriter(buffer, WriterOptions))
            {
                WriteFeature(json, feature, targetSrid);
            }

            stream.Write(first ? "\n"u8 : ",\n"u8);
            stream.Write(buffer.WrittenSpan);
            first = false;
        }

        stream.Write("\n]}\n"u8);
        stream.Flush();
    }

    private static void CheckSrid(int srid)
    {
        if (srid is not (Srid.Wgs84 or Srid.Etrs89Utm32))
        {
            throw new ArgumentOutOfRangeException(nameof(srid), srid, "target SRID must be 4326 or 25832");
        }
    }

    /// <summary>Writes one feature object (for envelopes other than a plain FeatureCollection, e.g. OGC API Features pages).</summary>
    public static void WriteFeature(Utf8JsonWriter json, GeoJsonFeatureOut feature, int srid)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(feature);
        CheckSrid(srid);
        if (feature.Geometry.SRID is not (0 or Srid.Etrs89Utm32))
        {
            throw new ArgumentException($"feature '{feature.Id}': geometry SRID is {feature.Geometry.SRID}, expected 25832", nameof(feature));
        }

        json.WriteStartObject();
        json.WriteString("type", "Feature");
        json.WriteString("id", feature.Id);
        json.WritePropertyName("geometry");
        WriteGeometry(json, feature.Geometry, srid);
        json.WritePropertyName("properties");
        json.WriteStartObject();
        foreach (var (name, value) in feature.Properties)
        {
            json.WritePropertyName(name);
            WriteValue(json, value, feature.Id, name);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, object? value, string id, string name)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string s:
                json.WriteStringValue(s);
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case int i:
                json.WriteNumberValue(i);
                break;
            case long l:
                json.WriteNumberValue(l);
                break;
            case double d when double.IsFinite(d):
                json.WriteNumberValue(d);
                break;
            case IEnumerable<string> list:
                json.WriteStartArray();
                foreach (var item in list)
                {
                    json.WriteStringValue(item);
                }

                json.WriteEndArray();
                break;
            default:
                throw new ArgumentException(
                    $"feature '{id}', property '{name}': cannot write {value} ({value.GetType().Name}); use string, bool, int, long, finite double, null or strings");
        }
    }

    private static void WriteGeometry(Utf8JsonWriter json, Geometry geometry, int srid)
    {
        json.WriteStartObject();
        json.WriteString("type", geometry.GeometryType);
        json.WritePropertyName("coordinates");
        switch (geometry)
        {
            case Point p:
                WritePosition(json, p.Coordinate, srid);
                break;
            case LineString l:
                WritePositions(json, l.Coordinates, srid);
                break;
            case Polygon p:
                WritePolygon(json, p, srid);
                break;
            case MultiPoint mp:
                json.WriteStartArray();
                foreach (var part in mp.Geometries)
                {
                    WritePosition(json, part.Coordinate, srid);
                }

                json.WriteEndArray();
                break;
            case MultiLineString ml:
                json.WriteStartArray();
                foreach (var part in ml.Geometries)
                {
                    WritePositions(json, part.Coordinates, srid);
                }

                json.WriteEndArray();
                break;
            case MultiPolygon mpoly:
                json.WriteStartArray();
                foreach (var part in mpoly.Geometries)
                {
                    WritePolygon(json, (Polygon)part, srid);
                }

                json.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"geometry type {geometry.GeometryType} cannot be written", nameof(geometry));
        }

        json.WriteEndObject();
    }

    private static void WritePolygon(Utf8JsonWriter json, Polygon polygon, int srid)
    {
        json.WriteStartArray();
        WriteRing(json, polygon.Shell, counterClockwise: true, srid);
        foreach (var hole in polygon.Holes)
        {
            WriteRing(json, hole, counterClockwise: false, srid);
        }

        json.WriteEndArray();
    }

    private static void WriteRing(Utf8JsonWriter json, LineString ring, bool counterClockwise, int srid)
    {
        var coordinates = ring.Coordinates;
        if (Orientation.IsCCW(coordinates) != counterClockwise)
        {
            coordinates = coordinates.Reverse().ToArray();
        }

        WritePositions(json, coordinates, srid);
    }

    private static void WritePositions(Utf8JsonWriter json, Coordinate[] coordinates, int srid)
    {
        json.WriteStartArray();
        foreach (var c in coordinates)
        {
            WritePosition(json, c, srid);
        }

        json.WriteEndArray();
    }

    private static void WritePosition(Utf8JsonWriter json, Coordinate c, int srid)
    {
        json.WriteStartArray();
        if (srid == Srid.Wgs84)
        {
            var (lon, lat) = CrsTransform.ToWgs84(c.X, c.Y);
            json.WriteNumberValue(Math.Round(lon, 7));
            json.WriteNumberValue(Math.Round(lat, 7));
        }
        else
        {
            json.WriteNumberValue(Math.Round(c.X, 2));
            json.WriteNumberValue(Math.Round(c.Y, 2));
        }

        json.WriteEndArray();
    }
}
