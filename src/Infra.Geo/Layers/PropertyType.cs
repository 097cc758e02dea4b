namespace Infra.Geo.Layers;

/// <summary>The value type of a layer property, as docs/geojson-layers.md lists it; sets the column type in GeoPackage and Shapefile.</summary>
public enum PropertyType
{
    Text,
    WholeNumber,
    Number,
    Boolean,

    /// <summary>A list of codes; a JSON array of strings, a comma-separated text in GeoPackage and Shapefile.</summary>
    TextList,
}
