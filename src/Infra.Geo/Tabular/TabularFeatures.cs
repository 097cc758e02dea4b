using System.Globalization;
using System.Text.Json;
using Infra.Geo.GeoJson;
using Infra.Geo.Layers;
using NetTopologySuite.Geometries;

namespace Infra.Geo.Tabular;

/// <summary>
/// Turns a row of a GeoPackage table or a Shapefile (attribute values as the driver returns them) into the same
/// feature form GeoJSON is read into, so that one layer mapping with the same checks and messages serves every format.
/// Empty texts count as absent; comma-separated texts of list properties become lists; field names are matched
/// with the documented names and the Shapefile short names (case-insensitive).
/// </summary>
internal static class TabularFeatures
{
    private static readonly Dictionary<string, LayerProperty> Known = LayerSchema.All.SelectMany(s => s.Properties)
        .SelectMany(p => new[] { (Key: p.Name, Property: p), (Key: p.FieldName, Property: p) })
        .DistinctBy(k => k.Key, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(k => k.Key, k => k.Property, StringComparer.OrdinalIgnoreCase);

    public static RawFeature Create(string source, int index, IEnumerable<KeyValuePair<string, object?>> attributes, Geometry? geometry)
    {
        var values = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        string? id = null;
        foreach (var (field, raw) in attributes)
        {
            var value = raw is string text ? text.Trim() : raw;
            if (value is null or "" or DBNull)
            {
                continue;
            }

            if (string.Equals(field, GeoJsonSerialization.IdProperty, StringComparison.OrdinalIgnoreCase))
            {
                id = Convert.ToString(value, CultureInfo.InvariantCulture);
                continue;
            }

            var property = Known.GetValueOrDefault(field);
            var name = property?.Name ?? field;
            values[name] = property?.Type == PropertyType.TextList && value is string list
                ? JsonSerializer.SerializeToElement(list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                : JsonSerializer.SerializeToElement(value, value.GetType());
        }

        return new RawFeature(new GeoJsonPropertyReader(source, index, id, values), geometry);
    }

    /// <summary>The value a GeoPackage or Shapefile column holds for <paramref name="property"/> (lists joined with commas).</summary>
    public static object? Cell(LayerProperty property, object? value) => value switch
    {
        IEnumerable<string> list when property.Type == PropertyType.TextList => string.Join(",", list),
        _ => value,
    };
}
