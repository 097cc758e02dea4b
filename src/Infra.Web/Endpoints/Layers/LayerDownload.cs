using System.IO.Compression;
using Infra.Geo.Layers;
using Infra.Web.Geo;

namespace Infra.Web.Endpoints.Layers;

/// <summary>A layer as a GeoPackage file or a zipped Shapefile, written to a temporary folder that is removed at once.</summary>
internal static class LayerDownload
{
    public static IResult File(LayerInfo layer, IReadOnlyList<object> items, LayerFormat format, int srid, DateTimeOffset at)
    {
        var folder = Path.Combine(Path.GetTempPath(), "infra-download-" + Guid.NewGuid().ToString("N"));
        try
        {
            var schema = Data.Import.GeodataImport.SchemaOf(layer.Layer);
            var target = Path.Combine(folder, layer.Name + LayerExport.Extension(format));
            var written = LayerExport.Write(format, target, [(schema, items)], srid, at)[0];
            if (format == LayerFormat.GeoPackage)
            {
                return Results.File(System.IO.File.ReadAllBytes(written), "application/geopackage+sqlite3", layer.Name + ".gpkg");
            }

            using var zip = new MemoryStream();
            using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var part in Infra.Geo.Shapefiles.ShapefileLayer.Parts(written))
                {
                    archive.CreateEntryFromFile(part, Path.GetFileName(part));
                }
            }

            return Results.File(zip.ToArray(), "application/zip", layer.Name + ".shp.zip");
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
