using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Infra.Core.Inputs;
using Infra.Core.Network;
using Infra.Geo.Crs;
using Infra.Geo.GeoJson;
using Infra.Web.Geo;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace Infra.Web.Ogc;

/// <summary>
/// OGC API – Features Part 1 Core with GeoJSON, plus Part 2 CRS (EPSG:25832 on request). Enough for QGIS
/// (Layer → Add WFS / OGC API Features layer, URL …/ogc): landing page, conformance, collections, paged items with bbox.
/// </summary>
internal static class OgcEndpoints
{
    private const string GeoJson = "application/geo+json";
    private const int DefaultLimit = 100;
    private const int MaxLimit = 10_000;

    private static readonly string[] ConformanceClasses =
    [
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
        "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs",
    ];

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions LinkJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly GeometryFactory Utm = new(new PrecisionModel(), Srid.Etrs89Utm32);

    public static void MapOgcEndpoints(this IEndpointRouteBuilder app)
    {
        var ogc = app.MapGroup("/ogc").WithTags("OGC API Features").RequireAuthorization(Policies.Read);
        ogc.MapGet("/", (HttpContext http) => OgcQuery.Check(http.Request, OgcQuery.MetaParameters) ?? Results.Json(new
        {
            title = "Infra – Geodaten und Planung (OGC API Features)",
            description = "Liegenschaften, LWL-Trassen, Straßen, Richtfunk-Standorte und der aktuelle Plan der Stadt Dortmund",
            links = new[]
            {
                Link(Base(http) + "/ogc", "self", "application/json", "diese Seite"),
                Link(Base(http) + "/openapi/v1.json", "service-desc", "application/vnd.oai.openapi+json;version=3.0", "API-Beschreibung"),
                Link(Base(http) + "/ogc/conformance", "conformance", "application/json", "Konformitätsklassen"),
                Link(Base(http) + "/ogc/collections", "data", "application/json", "Sammlungen"),
            },
        }));

        ogc.MapGet("/conformance", (HttpContext http) =>
            OgcQuery.Check(http.Request, OgcQuery.MetaParameters) ?? Results.Json(new { conformsTo = ConformanceClasses }));

        ogc.MapGet("/collections", async (HttpContext http, OgcCatalog catalog, CancellationToken ct) =>
        {
            if (OgcQuery.Check(http.Request, OgcQuery.MetaParameters) is { } refused)
            {
                return refused;
            }

            var collections = new List<object>();
            foreach (var c in catalog.All)
            {
                collections.Add(Describe(http, c, await c.Load(http.RequestServices, ct)));
            }

            return Results.Json(new { links = new[] { Link(Base(http) + "/ogc/collections", "self", "application/json", "Sammlungen") }, collections });
        });

        ogc.MapGet("/collections/{collectionId}", async (string collectionId, HttpContext http, OgcCatalog catalog, CancellationToken ct) =>
            OgcQuery.Check(http.Request, OgcQuery.MetaParameters) ?? (catalog.Find(collectionId) is { } c
                ? Results.Json(Describe(http, c, await c.Load(http.RequestServices, ct)))
                : Problems.NotFound($"Sammlung '{collectionId}'")));

        ogc.MapGet("/collections/{collectionId}/items", Items);
        ogc.MapGet("/collections/{collectionId}/items/{featureId}", Item);
    }

    private static async Task<IResult> Items(string collectionId, HttpContext http, OgcCatalog catalog, CancellationToken ct)
    {
        if (catalog.Find(collectionId) is not { } collection)
        {
            return Problems.NotFound($"Sammlung '{collectionId}'");
        }

        if (OgcQuery.Check(http.Request, OgcQuery.ItemsParameters) is { } refused)
        {
            return refused;
        }

        var query = http.Request.Query;
        var limit = Math.Min(ParseInt(query["limit"], "limit", DefaultLimit, 1), MaxLimit);   // larger limits are capped, as Part 1 allows
        var offset = ParseInt(query["offset"], "offset", 0, 0);
        var srid = CrsParam.Parse(query["crs"], "crs") ?? Srid.Wgs84;
        var bboxSrid = CrsParam.Parse(query["bbox-crs"], "bbox-crs") ?? Srid.Wgs84;
        var box = OgcQuery.Bbox(query["bbox"], bboxSrid);
        var set = await collection.Load(http.RequestServices, ct);
        var area = box is null ? null : BboxArea(box, bboxSrid, set);
        var matched = set is null ? [] : area is null ? set.Features : await WithinAsync(collection, set, area, http.RequestServices, ct);
        var page = matched.Skip(offset).Take(limit).ToArray();

        var self = Base(http) + http.Request.Path;
        var links = new List<object> { Link(self + http.Request.QueryString, "self", GeoJson, "diese Seite") };
        if (offset + page.Length < matched.Count)
        {
            links.Add(Link(self + WithOffset(query, offset + limit, limit), "next", GeoJson, "nächste Seite"));
        }

        if (offset > 0)
        {
            links.Add(Link(self + WithOffset(query, Math.Max(0, offset - limit), limit), "prev", GeoJson, "vorige Seite"));
        }

        links.Add(Link($"{Base(http)}/ogc/collections/{collection.Id}", "collection", "application/json", collection.Title));
        var buffer = new ArrayBufferWriter<byte>();
        await using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            json.WriteStartArray("features");
            foreach (var f in page)
            {
                json.WriteRawValue(f.Json(srid), skipInputValidation: true);
            }

            json.WriteEndArray();
            json.WriteNumber("numberMatched", matched.Count);
            json.WriteNumber("numberReturned", page.Length);
            json.WriteString("timeStamp", http.RequestServices.GetTime().GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            json.WritePropertyName("links");
            JsonSerializer.Serialize(json, links, LinkJson);
            json.WriteEndObject();
        }

        return Respond(http, buffer, srid);
    }

    private static async Task<IResult> Item(string collectionId, string featureId, HttpContext http, OgcCatalog catalog, CancellationToken ct)
    {
        if (catalog.Find(collectionId) is not { } collection)
        {
            return Problems.NotFound($"Sammlung '{collectionId}'");
        }

        if (OgcQuery.Check(http.Request, OgcQuery.ItemParameters) is { } refused)
        {
            return refused;
        }

        if ((await collection.Load(http.RequestServices, ct))?.Find(featureId) is not { } feature)
        {
            return Problems.NotFound($"Objekt '{featureId}' in Sammlung '{collectionId}'");
        }

        var srid = CrsParam.Parse(http.Request.Query["crs"], "crs") ?? Srid.Wgs84;
        var buffer = new ArrayBufferWriter<byte>();
        await using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            // Re-open the stored feature to append links: GeoJsonWriter owns the feature layout.
            using var doc = JsonDocument.Parse(feature.Json(srid).ToArray());
            json.WriteStartObject();
            foreach (var p in doc.RootElement.EnumerateObject())
            {
                p.WriteTo(json);
            }

            var self = Base(http) + http.Request.Path;
            json.WritePropertyName("links");
            JsonSerializer.Serialize(json, new[]
            {
                Link(self + http.Request.QueryString, "self", GeoJson, "dieses Objekt"),
                Link($"{Base(http)}/ogc/collections/{collection.Id}", "collection", "application/json", collection.Title),
            }, LinkJson);
            json.WriteEndObject();
        }

        return Respond(http, buffer, srid);
    }

    private static IResult Respond(HttpContext http, ArrayBufferWriter<byte> buffer, int srid)
    {
        http.Response.Headers["Content-Crs"] = "<" + CrsParam.UriOf(srid) + ">";
        var type = http.Request.Query["f"] == "json" ? "application/json" : GeoJson;
        return Results.Bytes(buffer.WrittenMemory.ToArray(), type);
    }

    private static object Describe(HttpContext http, OgcSource c, FeatureSet? set)
    {
        var url = $"{Base(http)}/ogc/collections/{c.Id}";
        double[] bbox = [5.0, 47.0, 15.5, 55.5];
        if (OgcQuery.Wgs84Extent(set) is { } e)
        {
            bbox = [Math.Round(e.MinX, 6), Math.Round(e.MinY, 6), Math.Round(e.MaxX, 6), Math.Round(e.MaxY, 6)];
        }

        return new
        {
            id = c.Id,
            title = c.Title,
            description = c.Description,
            itemType = "feature",
            extent = new { spatial = new { bbox = new[] { bbox }, crs = CrsParam.Crs84Uri } },
            crs = CrsParam.Supported,
            storageCrs = CrsParam.Utm32Uri,
            links = new[]
            {
                Link(url, "self", "application/json", c.Title),
                Link(url + "/items", "items", GeoJson, c.Title + " (GeoJSON)"),
            },
        };
    }

    /// <summary>
    /// The features of <paramref name="set"/> that intersect <paramref name="area"/>: asked of the database in SQL where it
    /// can (PostGIS, GiST index), else tested here.
    /// </summary>
    private static async Task<IReadOnlyList<FeatureEntry>> WithinAsync(
        OgcSource collection, FeatureSet set, Geometry area, IServiceProvider services, CancellationToken ct)
    {
        if (collection.Intersecting is { } query && await query(services, area, ct) is { } ids)
        {
            return set.Features.Where(f => ids.Contains(f.Feature.Id)).ToArray();
        }

        var prepared = PreparedGeometryFactory.Prepare(area);
        var envelope = area.EnvelopeInternal;
        return set.Features.Where(f => envelope.Intersects(f.Envelope) && prepared.Intersects(f.Feature.Geometry)).ToArray();
    }

    /// <summary>
    /// The area of a checked bbox in CRS84 or EPSG:25832, as EPSG:25832. A lon/lat box is first cut to the layer's own
    /// lon/lat extent: UTM zone 32 cannot project a box reaching around the globe (the world box would otherwise match
    /// nothing); a box beside the layer is the empty area.
    /// </summary>
    private static Geometry BboxArea(Envelope box, int bboxSrid, FeatureSet? set)
    {
        if (bboxSrid != Srid.Etrs89Utm32)
        {
            var extent = OgcQuery.Wgs84Extent(set);
            extent?.ExpandBy(0.01);   // the corners' box is a hair smaller than the curved UTM extent
            if (extent is null || !extent.Intersects(box))
            {
                return Utm.CreatePolygon();
            }

            box = box.Intersection(extent);
        }

        var (x1, y1, x2, y2) = (box.MinX, box.MinY, box.MaxX, box.MaxY);
        Geometry area;
        if (bboxSrid == Srid.Etrs89Utm32)
        {
            area = Utm.ToGeometry(new Envelope(x1, x2, y1, y2));
        }
        else
        {
            // A lon/lat rectangle is curved in UTM: densify its edges before projecting.
            const int steps = 16;
            var ring = new List<Coordinate>();
            void Edge(double ax, double ay, double bx, double by)
            {
                for (var i = 0; i < steps; i++)
                {
                    var (x, y) = CrsTransform.ToUtm32(ax + ((bx - ax) * i / steps), ay + ((by - ay) * i / steps));
                    ring.Add(new Coordinate(x, y));
                }
            }

            Edge(x1, y1, x2, y1);
            Edge(x2, y1, x2, y2);
            Edge(x2, y2, x1, y2);
            Edge(x1, y2, x1, y1);
            ring.Add(ring[0].Copy());
            area = Utm.CreatePolygon([.. ring]);
        }

        return area;
    }

    private static int ParseInt(string? text, string name, int fallback, int min)
    {
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v >= min
            ? v
            : throw new InputException(new InputError("(query)", null, null, name, $"must be an integer ≥ {min}, was '{text}'"));
    }

    private static string WithOffset(IQueryCollection query, int offset, int limit)
    {
        var pairs = query.Where(q => q.Key is not ("offset" or "limit")).Select(q => (q.Key, Value: q.Value.ToString())).ToList();
        pairs.Add(("limit", limit.ToString(CultureInfo.InvariantCulture)));
        pairs.Add(("offset", offset.ToString(CultureInfo.InvariantCulture)));
        return "?" + string.Join("&", pairs.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
    }

    // Never the request's Host header: links are built from the configured public address (or are relative).
    private static string Base(HttpContext http) => LinkBase.Of(http);

    private static object Link(string href, string rel, string type, string title) => new { href, rel, type, title };

    private static TimeProvider GetTime(this IServiceProvider services) => (TimeProvider)services.GetService(typeof(TimeProvider))!;
}
