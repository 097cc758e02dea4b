namespace Infra.Geo.Layers;

/// <summary>
/// A documented property of a layer (docs/geojson-layers.md). <see cref="PlanDefault"/> is set for optional
/// properties whose default changes the plan: a file without them gets a warning naming the default taken.
/// <see cref="ShortName"/> is the Shapefile (dBASE) field name, at most 10 characters.
/// </summary>
public sealed record LayerProperty(string Name, PropertyType Type, bool Required = false, string? PlanDefault = null, string? ShortName = null)
{
    /// <summary>The dBASE field name: <see cref="ShortName"/> or, when that is not set, the name itself (10 characters at most).</summary>
    public string FieldName => ShortName ?? Name;
}
