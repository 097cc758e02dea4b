using Infra.Data;
using Infra.Data.Import;
using Infra.Geo.GeoJson;
using Infra.Web.Audit;
using Infra.Web.Auth;
using Infra.Web.Errors;
using Infra.Web.Geo;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

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

        group.MapGet("/{name}", async (string name, string? crs, LayerCache cache, CancellationToken ct) =>
        {
            if (LayerCatalog.Find(name) is not { } layer)
            {
                return UnknownLayer(name);
            }

            var srid = CrsParam.Parse(crs, "crs") ?? Infra.Core.Network.Srid.Wgs84;
            var set = await cache.GetAsync(layer.Layer, ct);
            using var buffer = new MemoryStream();
            GeoJsonWriter.Write(buffer, set.Features.Select(f => f.Feature), srid);
            return Results.File(buffer.ToArray(), "application/geo+json", layer.Name + ".geojson");
        }).RequireAuthorization(Policies.Read).WithSummary("Eine Ebene als GeoJSON (crs=EPSG:4326 Standard oder EPSG:25832)");

        group.MapPost("/{name}", async (string name, string? crs, bool? removeMissing, HttpContext http, InfraDatabase database,
                LayerCache cache, WebSettings settings, CancellationToken ct) =>
            {
                if (LayerCatalog.Find(name) is not { } layer)
                {
                    return UnknownLayer(name);
                }

                if (http.Request.ContentLength > settings.MaxUploadBytes)
                {
                    return Results.Problem(Problems.TooLarge(settings.MaxUploadBytes));
                }

                var options = new GeoJsonReadOptions { DeclaredSrid = CrsParam.Parse(crs, "crs"), MaxBytes = settings.MaxUploadBytes };
                LayerImport import;
                if (http.Request.HasFormContentType)
                {
                    var form = await http.Request.ReadFormAsync(ct);
                    if (form.Files.Count != 1)
                    {
                        return Problems.BadRequest("multipart/form-data: genau eine Datei erwartet");
                    }

                    await using var file = form.Files[0].OpenReadStream();
                    import = layer.Read(file, form.Files[0].FileName, options, removeMissing ?? false);
                }
                else
                {
                    // The reader buffers synchronously; copy the body first so Kestrel's no-sync-IO rule holds.
                    using var body = new MemoryStream();
                    await http.Request.Body.CopyToAsync(body, ct);
                    body.Position = 0;
                    import = layer.Read(body, layer.Name + ".geojson", options, removeMissing ?? false);
                }

                var result = await new LayerImporter(database).ImportAsync(import, ct);
                cache.Invalidate(layer.Layer);
                var counts = new Dictionary<string, object?>
                {
                    ["new"] = result.New, ["changed"] = result.Changed, ["unchanged"] = result.Unchanged, ["removed"] = result.Removed,
                };
                AuditLog.Note(http, "layer-import " + layer.Name, counts);
                return Results.Ok(new { layer = layer.Name, result.New, result.Changed, result.Unchanged, result.Removed });
            })
            .RequireAuthorization(Policies.Gis)
            .DisableAntiforgery()
            .WithSummary("GeoJSON-Ebene hochladen (GIS): multipart oder Rohdaten, alles oder nichts, Abgleich per id");
    }

    private static IResult UnknownLayer(string name) =>
        Problems.NotFound($"unbekannte Ebene '{name}' (erlaubt: {string.Join(", ", LayerCatalog.All.Select(l => l.Name))})");
}
