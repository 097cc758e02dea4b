using Infra.Core.Codes;
using System.Text.Json;
using Infra.Core.Inputs;
using Infra.Core.Network;
using Infra.Core.Sites;
using Infra.Data;
using Infra.Data.Import;
using Infra.Geo.Crs;
using Infra.Geo.GeoJson;
using Infra.Web.Geo;

namespace Infra.Web.Endpoints.Sites;

/// <summary>Sites (Liegenschaften) and LWL routes: paged reads and validated field edits that go through the layer import.</summary>
internal static class SiteEndpoints
{
    public static void MapSiteEndpoints(this IEndpointRouteBuilder app)
    {
        var sites = app.MapGroup("/api/sites").WithTags("Liegenschaften");
        sites.MapGet("/", async (int? limit, int? offset, string? kind, string? district, LayerCache cache, CancellationToken ct) =>
        {
            var paging = Paging.From(limit, offset);
            var all = (await cache.GetAsync(Layer.Sites, ct)).Features.Select(f => (Site)f.Item)
                .Where(s => kind is null || string.Equals(s.Kind.ToCode(), kind, StringComparison.OrdinalIgnoreCase))
                .Where(s => district is null || string.Equals(s.District, district, StringComparison.OrdinalIgnoreCase))
                .Select(SiteDto.From).ToArray();
            return paging.Apply(all);
        }).RequireAuthorization(Policies.Read).WithSummary("Liegenschaften, seitenweise (limit, offset; Filter kind, district)");

        sites.MapGet("/{id}", async (string id, LayerCache cache, CancellationToken ct) =>
            (await cache.GetAsync(Layer.Sites, ct)).Find(id) is { Item: Site s } ? Results.Ok(SiteDto.From(s)) : Problems.NotFound($"Liegenschaft '{id}'"))
            .RequireAuthorization(Policies.Read);

        sites.MapPatch("/{id}", async (string id, JsonElement body, HttpContext http, InfraDatabase database, LayerCache cache, CancellationToken ct) =>
        {
            if ((await cache.GetAsync(Layer.Sites, ct)).Find(id) is not { Item: Site site })
            {
                return Problems.NotFound($"Liegenschaft '{id}'");
            }

            var changed = SitePatch.Apply(site, body, $"PATCH /api/sites/{id}");
            await new LayerImporter(database).ImportAsync(LayerImport.Sites([changed]), ct);
            cache.Invalidate(Layer.Sites);
            AuditLog.Note(http, "site-edit " + id, new Dictionary<string, object?> { ["sites"] = 1, ["fields"] = body.EnumerateObject().Count() });
            return Results.Ok(SiteDto.From(changed));
        }).RequireAuthorization(Policies.PlanerOrGis).WithSummary("Felder einer Liegenschaft ändern: priority, demandMbps, pinnedTechnology, excludedTechnologies, inScope");

        var routes = app.MapGroup("/api/routes").WithTags("LWL-Trassen");
        routes.MapGet("/", async (int? limit, int? offset, LayerCache cache, CancellationToken ct) =>
            Paging.From(limit, offset).Apply((await cache.GetAsync(Layer.Routes, ct)).Features.Select(f => RouteDto.From((LwlRoute)f.Item)).ToArray()))
            .RequireAuthorization(Policies.Read).WithSummary("LWL-Trassen, seitenweise");

        routes.MapGet("/{id}", async (string id, LayerCache cache, CancellationToken ct) =>
            (await cache.GetAsync(Layer.Routes, ct)).Find(id) is { Item: LwlRoute r } ? Results.Ok(RouteDto.From(r)) : Problems.NotFound($"LWL-Trasse '{id}'"))
            .RequireAuthorization(Policies.Read);

        routes.MapPatch("/{id}", async (string id, JsonElement body, HttpContext http, InfraDatabase database, LayerCache cache, CancellationToken ct) =>
        {
            if ((await cache.GetAsync(Layer.Routes, ct)).Find(id) is not { Item: LwlRoute route })
            {
                return Problems.NotFound($"LWL-Trasse '{id}'");
            }

            var changed = SitePatch.Apply(route, body, $"PATCH /api/routes/{id}");
            await new LayerImporter(database).ImportAsync(LayerImport.Routes([changed]), ct);
            cache.Invalidate(Layer.Routes);
            AuditLog.Note(http, "route-edit " + id, new Dictionary<string, object?> { ["routes"] = 1, ["fields"] = body.EnumerateObject().Count() });
            return Results.Ok(RouteDto.From(changed));
        }).RequireAuthorization(Policies.Gis).WithSummary("Felder einer LWL-Trasse ändern: owner, fibreCount, freeDucts");
    }
}

/// <summary>A site in the API (camelCase; position as WGS84 lon/lat).</summary>
public sealed record SiteDto(string Id, string Name, string Kind, string District, int Users, int? DemandMbps, string CurrentUplink,
    int CurrentUplinkMbps, string Wlan, int Priority, string? PinnedTechnology, IReadOnlyList<string> ExcludedTechnologies, bool InScope,
    bool Synthetic, double Lon, double Lat)
{
    public static SiteDto From(Site s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var (lon, lat) = CrsTransform.ToWgs84(s.Location.X, s.Location.Y);
        return new SiteDto(s.Id.Value, s.Name, s.Kind.ToCode(), s.District, s.Users, s.DemandMbps, EnumCodes.Of(s.CurrentUplink),
            s.CurrentUplinkMbps, EnumCodes.Of(s.Wlan), s.Priority, s.PinnedTechnology is { } t ? EnumCodes.Of(t) : null,
            s.ExcludedTechnologies.Order().Select(EnumCodes.Of).ToArray(), s.InScope, s.Synthetic, Math.Round(lon, 7), Math.Round(lat, 7));
    }
}

/// <summary>An LWL route in the API.</summary>
public sealed record RouteDto(string Id, string Owner, int FibreCount, int FreeDucts, bool Synthetic, double LengthM)
{
    public static RouteDto From(LwlRoute r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new RouteDto(r.Id.Value, r.Owner, r.FibreCount, r.FreeDucts, r.Synthetic, Math.Round(r.LengthM, 2));
    }
}

/// <summary>Applies a JSON merge patch of the editable fields, collecting every problem as an <see cref="InputError"/>.</summary>
internal static class SitePatch
{
    public static Site Apply(Site site, JsonElement body, string source)
    {
        var errors = new List<InputError>();
        var id = site.Id.Value;
        InputError Error(string property, string what) => new(source, null, id, property, what);
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw new InputException(Error("", "ein JSON-Objekt mit den zu ändernden Feldern erwartet"));
        }

        var result = site;
        foreach (var p in body.EnumerateObject())
        {
            if (PatchFields.WrongType(p, source, id) is { } wrongType)
            {
                errors.Add(wrongType);
                continue;
            }

            switch (p.Name)
            {
                case "priority" when p.Value.TryGetInt32(out var v) && v is >= 1 and <= 5:
                    result = result with { Priority = v };
                    break;
                case "priority":
                    errors.Add(Error(p.Name, $"must be an integer from 1 (highest) to 5, was {p.Value}"));
                    break;
                case "demandMbps" when p.Value.ValueKind == JsonValueKind.Null:
                    result = result with { DemandMbps = null };
                    break;
                case "demandMbps" when p.Value.TryGetInt32(out var v) && v >= 0:
                    result = result with { DemandMbps = v };
                    break;
                case "demandMbps":
                    errors.Add(Error(p.Name, $"must be a non-negative integer (Mbit/s) or null, was {p.Value}"));
                    break;
                case "pinnedTechnology" when p.Value.ValueKind == JsonValueKind.Null:
                    result = result with { PinnedTechnology = null };
                    break;
                case "pinnedTechnology" when EnumCodes.TryParse<Technology>(p.Value.GetString(), out var t):
                    result = result with { PinnedTechnology = t };
                    break;
                case "pinnedTechnology":
                    errors.Add(Error(p.Name, $"unknown technology {p.Value}; valid: {string.Join(", ", EnumCodes.All<Technology>())} or null"));
                    break;
                case "excludedTechnologies" when p.Value.ValueKind == JsonValueKind.Array:
                    var set = new HashSet<Technology>();
                    foreach (var item in p.Value.EnumerateArray())
                    {
                        if (item.ValueKind == JsonValueKind.String && EnumCodes.TryParse<Technology>(item.GetString(), out var x))
                        {
                            set.Add(x);
                        }
                        else
                        {
                            errors.Add(Error(p.Name, $"unknown technology {item}; valid: {string.Join(", ", EnumCodes.All<Technology>())}"));
                        }
                    }

                    result = result with { ExcludedTechnologies = set };
                    break;
                case "inScope" when p.Value.ValueKind is JsonValueKind.True or JsonValueKind.False:
                    result = result with { InScope = p.Value.GetBoolean() };
                    break;
                default:
                    errors.Add(Error(p.Name, "field unknown or not editable (editable: priority, demandMbps, pinnedTechnology, excludedTechnologies, inScope)"));
                    break;
            }
        }

        if (result.PinnedTechnology is { } pin && result.ExcludedTechnologies.Contains(pin))
        {
            errors.Add(Error("pinnedTechnology", $"'{EnumCodes.Of(pin)}' is also excluded; a site cannot be pinned to an excluded technology"));
        }

        return errors.Count > 0 ? throw new InputException(errors) : result;
    }

    public static LwlRoute Apply(LwlRoute route, JsonElement body, string source)
    {
        var errors = new List<InputError>();
        InputError Error(string property, string what) => new(source, null, route.Id.Value, property, what);
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw new InputException(Error("", "ein JSON-Objekt mit den zu ändernden Feldern erwartet"));
        }

        var result = route;
        foreach (var p in body.EnumerateObject())
        {
            if (PatchFields.WrongType(p, source, route.Id.Value) is { } wrongType)
            {
                errors.Add(wrongType);
                continue;
            }

            switch (p.Name)
            {
                case "owner" when p.Value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(p.Value.GetString()):
                    result = result with { Owner = p.Value.GetString()! };
                    break;
                case "fibreCount" when p.Value.TryGetInt32(out var v) && v >= 0:
                    result = result with { FibreCount = v };
                    break;
                case "freeDucts" when p.Value.TryGetInt32(out var v) && v >= 0:
                    result = result with { FreeDucts = v };
                    break;
                case "owner" or "fibreCount" or "freeDucts":
                    errors.Add(Error(p.Name, $"invalid value {p.Value} (owner: non-empty text; fibreCount, freeDucts: non-negative integers)"));
                    break;
                default:
                    errors.Add(Error(p.Name, "field unknown or not editable (editable: owner, fibreCount, freeDucts)"));
                    break;
            }
        }

        return errors.Count > 0 ? throw new InputException(errors) : result;
    }
}
