using Infra.Geo.GeoJson;
using NetTopologySuite.Geometries;

namespace Infra.Web.Geo;

/// <summary>A feature ready to be written, with its EPSG:25832 envelope for bbox filtering and the object it came from.</summary>
public sealed record FeatureEntry(GeoJsonFeatureOut Feature, Envelope Envelope, object Item);

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
