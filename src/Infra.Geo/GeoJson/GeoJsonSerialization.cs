using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Infra.Geo.GeoJson;

/// <summary>
/// The System.Text.Json options with NetTopologySuite's GeoJSON4STJ converters, one set per SRID of the geometries
/// they build. The feature id is written as the <c>id</c> member (<see cref="OutFeature"/>); an <c>id</c> property is
/// written as a property like any other (the converter's magic id property keeps its default name, which no layer
/// uses); the reader takes the id itself (<see cref="GeoJsonReader"/>). Rings are written by the RFC 7946 right-hand
/// rule; non-ASCII text is written as is (UTF-8), not as \u escapes.
/// </summary>
internal static class GeoJsonSerialization
{
    /// <summary>The property that stands in for a missing feature <c>id</c> member when reading (docs/geojson-layers.md).</summary>
    public const string IdProperty = "id";

    private static readonly ConcurrentDictionary<int, JsonSerializerOptions> BySrid = new();

    /// <summary>Writer options matching <see cref="For"/>: compact, UTF-8 text unescaped.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Options whose converters build geometries with <paramref name="srid"/> (the CRS the file is in).</summary>
    public static JsonSerializerOptions For(int srid) => BySrid.GetOrAdd(srid, s =>
    {
        var factory = new GeometryFactory(new PrecisionModel(), s);
        var options = new JsonSerializerOptions
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            MaxDepth = 64,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.Converters.Add(new GeoJsonConverterFactory(factory, false, GeoJsonConverterFactory.DefaultIdPropertyName, RingOrientationOption.EnforceRfc9746));
        options.MakeReadOnly();
        return options;
    });
}
