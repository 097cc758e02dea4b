using System.Text.Json;
using NetTopologySuite.Geometries;

namespace Infra.Geo.GeoJson;

/// <summary>One feature of a <see cref="GeoJsonDocument"/>.</summary>
public sealed class GeoJsonFeature
{
    internal GeoJsonFeature(GeoJsonPropertyReader typed, Geometry geometry)
    {
        Typed = typed;
        Geometry = geometry;
    }

    /// <summary>0-based position in the file's <c>features</c> array.</summary>
    public int Index => Typed.FeatureIndex;

    /// <summary>The feature's <c>id</c> member, else its <c>id</c> property (numbers as written), else null.</summary>
    public string? Id => Typed.FeatureId;

    /// <summary>Valid geometry in EPSG:25832 metres, coordinates rounded to 0.01 m.</summary>
    public Geometry Geometry { get; }

    /// <summary>The <c>properties</c> member (empty when absent or null).</summary>
    public IReadOnlyDictionary<string, JsonElement> Properties => Typed.Values;

    /// <summary>Typed getters of the properties that report problems as input errors.</summary>
    public GeoJsonPropertyReader Typed { get; }
}
