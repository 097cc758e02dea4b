using System.Buffers;
using System.Text;
using System.Text.Json;
using Infra.Core.Network;
using NetTopologySuite.Features;

namespace Infra.Geo.GeoJson;

/// <summary>
/// Writes EPSG:25832 features as a GeoJSON FeatureCollection through NetTopologySuite's GeoJSON4STJ, in EPSG:4326
/// (RFC 7946; 8 decimals ≈ 1 mm) or EPSG:25832 (2 decimals = 1 cm, with the legacy <c>crs</c> member so that QGIS
/// recognises it).
/// </summary>
/// <remarks>
/// Deterministic: UTF-8 without BOM, invariant number format, "\n" newlines, one feature per line, properties in
/// the given order. Polygon exterior rings are written counter-clockwise and holes clockwise (RFC 7946 right-hand
/// rule). Read back with <see cref="GeoJsonReader"/>, every coordinate is exactly the one written, in both CRSs: the
/// reader rounds to 0.01 m and 8 decimals of a degree are within 0.6 mm of it.
/// </remarks>
public static class GeoJsonWriter
{
    /// <summary>Writes (or overwrites) <paramref name="path"/>.</summary>
    public static void Write(string path, IEnumerable<GeoJsonFeatureOut> features, int targetSrid = Srid.Wgs84)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(features);
        TargetGeometry.CheckSrid(targetSrid);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        Write(stream, features, targetSrid);
    }

    /// <summary>Writes to <paramref name="stream"/> and leaves it open.</summary>
    public static void Write(Stream stream, IEnumerable<GeoJsonFeatureOut> features, int targetSrid = Srid.Wgs84)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(features);
        TargetGeometry.CheckSrid(targetSrid);
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
            using (var json = new Utf8JsonWriter(buffer, GeoJsonSerialization.WriterOptions))
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

    /// <summary>Writes one feature object (for envelopes other than a plain FeatureCollection, e.g. OGC API Features pages).</summary>
    public static void WriteFeature(Utf8JsonWriter json, GeoJsonFeatureOut feature, int srid)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(feature);
        foreach (var (name, value) in feature.Properties)
        {
            CheckValue(value, feature.Id, name);
        }

        var geometry = TargetGeometry.Of(feature.Geometry, srid, feature.Id);
        IFeature output = new OutFeature(feature.Id, geometry, new OrderedAttributes(feature.Properties));
        JsonSerializer.Serialize(json, output, GeoJsonSerialization.For(srid));
    }

    private static void CheckValue(object? value, string id, string name)
    {
        switch (value)
        {
            case null or string or bool or int or long or IEnumerable<string>:
            case double d when double.IsFinite(d):
                return;
            default:
                throw new ArgumentException(
                    $"feature '{id}', property '{name}': cannot write {value} ({value.GetType().Name}); use string, bool, int, long, finite double, null or strings");
        }
    }
}
