using Infra.Geo.GeoPackages;
using Infra.Geo.Shapefiles;

namespace Infra.Geo.Layers;

/// <summary>
/// Writes layers in one of the <see cref="LayerFormat"/>s: GeoJSON and Shapefile one file (set) per layer named after
/// the layer (<c>sites.geojson</c>, <c>routes.shp</c>, …), GeoPackage one file with a table per layer. A target ending in
/// the format's extension is that file (one layer, or the GeoPackage); any other target is a folder.
/// </summary>
public static class LayerExport
{
    /// <summary>The command-line and URL names of the formats.</summary>
    public static IReadOnlyList<string> Names { get; } = ["geojson", "gpkg", "shp"];

    /// <summary>The format named <c>geojson</c>, <c>gpkg</c> or <c>shp</c> (case-insensitive), or null.</summary>
    public static LayerFormat? Parse(string? name) => name?.ToLowerInvariant() switch
    {
        "geojson" or "json" => LayerFormat.GeoJson,
        "gpkg" or "geopackage" => LayerFormat.GeoPackage,
        "shp" or "shapefile" => LayerFormat.Shapefile,
        _ => null,
    };

    public static string Extension(LayerFormat format) => format switch
    {
        LayerFormat.GeoJson => ".geojson",
        LayerFormat.GeoPackage => ".gpkg",
        _ => ".shp",
    };

    /// <summary>Writes the layers and returns the file written for each, in order.</summary>
    public static IReadOnlyList<string> Write(
        LayerFormat format, string target, IReadOnlyList<(LayerSchema Schema, IReadOnlyList<object> Items)> layers, int srid, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(layers);
        var extension = Extension(format);
        var isFile = target.EndsWith(extension, StringComparison.OrdinalIgnoreCase) && (layers.Count == 1 || format == LayerFormat.GeoPackage);
        Directory.CreateDirectory(isFile ? Path.GetDirectoryName(Path.GetFullPath(target))! : target);
        if (format == LayerFormat.GeoPackage)
        {
            var file = isFile ? target : Path.Combine(target, "infra.gpkg");
            GeoPackageWriter.Write(file, layers, srid, at);
            return layers.Select(_ => file).ToArray();
        }

        var paths = new List<string>();
        foreach (var (schema, items) in layers)
        {
            var path = isFile ? target : Path.Combine(target, schema.Name + extension);
            if (format == LayerFormat.GeoJson)
            {
                LayerFiles.Write(path, items, srid);
            }
            else
            {
                ShapefileLayer.Write(path, schema, items, srid);
            }

            paths.Add(path);
        }

        return paths;
    }
}
