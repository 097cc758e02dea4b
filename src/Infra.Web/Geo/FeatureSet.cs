using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Infra.Core.Network;
using Infra.Geo.GeoJson;
using NetTopologySuite.Geometries;

namespace Infra.Web.Geo;

/// <summary>A feature ready to be written, with its EPSG:25832 envelope for bbox filtering and the object it came from.</summary>
public sealed record FeatureEntry(GeoJsonFeatureOut Feature, Envelope Envelope, object Item)
{
    private byte[]? wgs84;
    private byte[]? utm32;

    /// <summary>
    /// The feature's GeoJSON in <paramref name="srid"/>, serialised once: projecting and writing 100 features per OGC page
    /// was most of the cost of a page under load.
    /// </summary>
    public ReadOnlySpan<byte> Json(int srid)
    {
        ref var slot = ref srid == Srid.Etrs89Utm32 ? ref utm32 : ref wgs84;
        if (slot is null)
        {
            var buffer = new ArrayBufferWriter<byte>();
            using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                GeoJsonWriter.WriteFeature(json, Feature, srid);
            }

            slot = buffer.WrittenSpan.ToArray();
        }

        return slot;
    }
}

/// <summary>A loaded collection: features in id order and an index by id.</summary>
public sealed class FeatureSet
{
    private readonly Dictionary<string, FeatureEntry> byId;

    public FeatureSet(IEnumerable<FeatureEntry> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        Features = features.ToArray();
        byId = Features.GroupBy(f => f.Feature.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        Extent = new Envelope();
        foreach (var f in Features)
        {
            Extent.ExpandToInclude(f.Envelope);
        }
    }

    public IReadOnlyList<FeatureEntry> Features { get; }

    /// <summary>Envelope of all features in EPSG:25832 (null envelope when empty).</summary>
    public Envelope Extent { get; }

    public FeatureEntry? Find(string id) => byId.GetValueOrDefault(id);

    public static FeatureEntry Entry(GeoJsonFeatureOut feature, object item)
    {
        ArgumentNullException.ThrowIfNull(feature);
        return new FeatureEntry(feature, feature.Geometry.EnvelopeInternal, item);
    }
}
