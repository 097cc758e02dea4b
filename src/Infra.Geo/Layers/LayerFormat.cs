namespace Infra.Geo.Layers;

/// <summary>The file formats layers are exported in (and read from): <c>geojson</c>, <c>gpkg</c>, <c>shp</c>.</summary>
public enum LayerFormat
{
    GeoJson,
    GeoPackage,
    Shapefile,
}
