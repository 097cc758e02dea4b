using Infra.Core.Inputs;
using Infra.Geo.Csv;
using Infra.Geo.GeoJson;
using Infra.Geo.GeoPackages;
using Infra.Geo.Shapefiles;

namespace Infra.Geo.Layers;

/// <summary>
/// Reads a layer file of any supported format, chosen by its extension: GeoJSON (<c>.geojson</c>, <c>.json</c>), a
/// school list (<c>.csv</c>), a GeoPackage (<c>.gpkg</c>, one layer per feature table) or a Shapefile (<c>.shp</c>).
/// The layer comes from the content unless given.
/// </summary>
public static class LayerSources
{
    /// <summary>
    /// Splits <c>FILE:layer</c> into the file and the layer; a suffix after the last colon that is no layer name is
    /// part of the file name.
    /// </summary>
    public static (string Path, LayerSchema? Schema) ParseSpec(string spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var colon = spec.LastIndexOf(':');
        return colon > 0 && LayerSchema.Find(spec[(colon + 1)..]) is { } schema ? (spec[..colon], schema) : (spec, null);
    }

    /// <summary>
    /// The layers of one file: one, several for a GeoPackage with several feature tables, none for a file without
    /// features whose layer is not given.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="schema">The layer, or null to recognise it from the content.</param>
    /// <param name="options">CRS and size limit.</param>
    /// <param name="source">Source label for a school list (<c>--quelle</c>); null for the default.</param>
    /// <exception cref="InputException">The file is missing, broken or its layer cannot be recognised.</exception>
    public static IReadOnlyList<LayerContent> Read(string path, LayerSchema? schema, GeoJsonReadOptions options, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new InputException(new InputError(path, null, null, null, "file not found"));
        }

        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension == ".csv")
        {
            return schema is null || schema == LayerSchema.Sites
                ? [SchoolCsv.ReadLayer(path, source)]
                : throw new InputException(new InputError(path, null, null, null,
                    $"a CSV file is a school list (layer sites), not layer {schema.Name}; give other layers as GeoJSON, GeoPackage or Shapefile"));
        }

        return extension switch
        {
            ".gpkg" => GeoPackageReader.Read(path, schema, options),
            ".shp" => ShapefileLayer.Read(path, schema, options) is { } shp ? [shp] : [],
            _ => LayerFiles.Read(path, schema, options) is { } content ? [content] : [],
        };
    }
}
