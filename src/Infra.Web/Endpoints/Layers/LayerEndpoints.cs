using Infra.Data;
using Infra.Core.Inputs;
using Infra.Data.Import;
using Infra.Geo.GeoJson;
using Infra.Geo.Layers;
using Infra.Web.Geo;

namespace Infra.Web.Endpoints.Layers;

/// <summary>GeoJSON layer upload (GIS, all-or-nothing through <see cref="LayerImporter"/>) and download.</summary>
internal static class LayerEndpoints
{
    public static void MapLayerEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/layers").WithTags("Geodaten");
        group.MapGet("/", async (LayerCache cache, CancellationToken ct) =>
        {
            var list = new List<object>();
            foreach (var layer in LayerCatalog.All)
            {
                list.Add(new { name = layer.Name, title = layer.Title, count = (await cache.GetAsync(layer.Layer, ct)).Features.Count });
            }

            return list;
        }).RequireAuthorization(Policies.Read).WithSummary("Die Geodaten-Ebenen mit ihrer Objektzahl");

        group.MapGet("/{name}", async (string name, string? crs, string? format, LayerCache cache, TimeProvider time, CancellationToken ct) =>
        {
            if (LayerCatalog.Find(name) is not { } layer)
            {
                return UnknownLayer(name);
            }

            var srid = CrsParam.Parse(crs, "crs") ?? Infra.Core.Network.Srid.Wgs84;
            var fileFormat = LayerExport.Parse(format ?? "geojson") ?? throw new InputException(new InputError("(query)", null, null, "format",
                $"unbekanntes Format '{format}' (erlaubt: {string.Join(", ", LayerExport.Names)})"));
            var set = await cache.GetAsync(layer.Layer, ct);
            if (fileFormat == LayerFormat.GeoJson)
            {
                using var buffer = new MemoryStream();
                GeoJsonWriter.Write(buffer, set.Features.Select(f => f.Feature), srid);
                return Results.File(buffer.ToArray(), "application/geo+json", layer.Name + ".geojson");
            }

            return LayerDownload.File(layer, set.Features.Select(f => f.Item).ToArray(), fileFormat, srid, time.GetUtcNow());
        }).RequireAuthorization(Policies.Read)
            .WithSummary("Eine Ebene als GeoJSON, GeoPackage oder Shapefile (format=geojson|gpkg|shp; crs=EPSG:4326 Standard oder EPSG:25832)");

        group.MapPost("/{name}", async (string name, string? crs, bool? removeMissing, bool? strict, HttpContext http, InfraDatabase database,
                LayerCache cache, WebSettings settings, TimeProvider time, CancellationToken ct) =>
            {
                if (LayerCatalog.Find(name) is not { } layer)
                {
                    return UnknownLayer(name);
                }

                var options = new GeoJsonReadOptions { DeclaredSrid = CrsParam.Parse(crs, "crs"), MaxBytes = settings.MaxUploadBytes };
                var (fileName, content, problem) = await Upload.ReadAsync(http, settings, layer.Name + ".geojson", ct);
                if (problem is not null)
                {
                    return problem;
                }

                LayerContent read;
                await using (content)
                {
                    read = layer.Read(content!, fileName, options);
                }

                var import = await new GeodataImport(database, time).RunAsync(
                    [read], new GeodataImportOptions { RemoveMissing = removeMissing ?? false, Strict = strict ?? false, Origin = "api" }, ct);
                var result = import.Layers.Single(l => l.Layer == layer.Layer);
                if (result.New + result.Changed + result.Removed > 0)
                {
                    cache.Invalidate(layer.Layer);   // an unchanged upload keeps the cached layer (and readers' latency)
                }
                var counts = new Dictionary<string, object?>
                {
                    ["new"] = result.New, ["changed"] = result.Changed, ["unchanged"] = result.Unchanged, ["removed"] = result.Removed,
                };
                AuditLog.Note(http, "layer-import " + layer.Name, counts);
                return Results.Ok(new
                {
                    layer = layer.Name, result.New, result.Changed, result.Unchanged, result.Removed,
                    warnings = import.Warnings.Select(w => w.ToString()).ToArray(),
                });
            })
            .RequireAuthorization(Policies.Gis)
            .DisableAntiforgery()
            .WithSummary("GeoJSON-Ebene hochladen (GIS): multipart oder Rohdaten, alles oder nichts, Abgleich per id; Warnungen in der Antwort, strict=true macht sie zu Fehlern");
    }

    private static IResult UnknownLayer(string name) =>
        Problems.NotFound($"unbekannte Ebene '{name}' (erlaubt: {string.Join(", ", LayerCatalog.All.Select(l => l.Name))})");
}
