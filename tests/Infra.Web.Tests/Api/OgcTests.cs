using System.Net;
using System.Text.Json;
using Infra.Web.Tests.Support;

namespace Infra.Web.Tests.Api;

/// <summary>Walks the OGC API as QGIS does: landing page, conformance, collections, then items page by page by "next" links.</summary>
[Collection(WebTestGroup.Name)]
public sealed class OgcTests(WebAppFixture fixture)
{
    private readonly HttpClient client = fixture.Client();

    [Fact]
    public async Task Qgis_walk_over_the_sites_counts_every_feature_once()
    {
        using var landing = await GetJsonAsync("/ogc");
        var conformanceUrl = Link(landing.RootElement, "conformance");
        var dataUrl = Link(landing.RootElement, "data");
        Assert.EndsWith("/openapi/v1.json", Link(landing.RootElement, "service-desc"), StringComparison.Ordinal);

        using var conformance = await GetJsonAsync(conformanceUrl);
        var classes = conformance.RootElement.GetProperty("conformsTo").EnumerateArray().Select(c => c.GetString()).ToArray();
        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core", classes);
        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson", classes);

        using var collections = await GetJsonAsync(dataUrl);
        var ids = collections.RootElement.GetProperty("collections").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToArray();
        foreach (var expected in new[] { "sites", "schools", "lwl-routes", "streets", "access-points", "hubs" })
        {
            Assert.Contains(expected, ids);
        }

        var sites = collections.RootElement.GetProperty("collections").EnumerateArray().First(c => c.GetProperty("id").GetString() == "sites");
        Assert.Contains("http://www.opengis.net/def/crs/EPSG/0/25832", sites.GetProperty("crs").EnumerateArray().Select(c => c.GetString()));
        var bbox = sites.GetProperty("extent").GetProperty("spatial").GetProperty("bbox")[0].EnumerateArray().Select(v => v.GetDouble()).ToArray();
        var itemsUrl = Link(sites, "items");

        // QGIS asks with the layer extent as bbox and pages through the "next" links.
        var url = FormattableString.Invariant($"{itemsUrl}?bbox={bbox[0] - 0.001},{bbox[1] - 0.001},{bbox[2] + 0.001},{bbox[3] + 0.001}&limit=150");
        var seen = new HashSet<string>();
        var pages = 0;
        int? matched = null;
        while (url is not null)
        {
            using var page = await GetJsonAsync(url);
            var root = page.RootElement;
            matched ??= root.GetProperty("numberMatched").GetInt32();
            var features = root.GetProperty("features").EnumerateArray().ToArray();
            Assert.Equal(features.Length, root.GetProperty("numberReturned").GetInt32());
            foreach (var f in features)
            {
                Assert.True(seen.Add(f.GetProperty("id").GetString()!), "a feature came twice");
            }

            url = root.GetProperty("links").EnumerateArray().Where(l => l.GetProperty("rel").GetString() == "next")
                .Select(l => l.GetProperty("href").GetString()).FirstOrDefault();
            Assert.True(++pages < 100, "paging does not end");
        }

        using var layers = await GetJsonAsync("/api/layers");
        var count = layers.RootElement.EnumerateArray().First(l => l.GetProperty("name").GetString() == "sites").GetProperty("count").GetInt32();
        Assert.Equal(count, seen.Count);
        Assert.Equal(count, matched);
        Assert.True(pages > 1);
    }

    [Fact]
    public async Task A_small_bbox_filters_and_a_single_item_is_served_in_utm_with_content_crs()
    {
        using var all = await GetJsonAsync("/ogc/collections/schools/items?limit=10000");
        var schools = all.RootElement.GetProperty("numberMatched").GetInt32();
        Assert.True(schools > 100, $"only {schools} schools");
        using var centre = await GetJsonAsync("/ogc/collections/schools/items?bbox=7.44,51.50,7.49,51.53");
        var inCentre = centre.RootElement.GetProperty("numberMatched").GetInt32();
        Assert.InRange(inCentre, 1, schools - 1);
        foreach (var f in centre.RootElement.GetProperty("features").EnumerateArray())
        {
            var c = f.GetProperty("geometry").GetProperty("coordinates");
            Assert.InRange(c[0].GetDouble(), 7.44, 7.49);
            Assert.InRange(c[1].GetDouble(), 51.50, 51.53);
        }

        var id = centre.RootElement.GetProperty("features")[0].GetProperty("id").GetString();
        var response = await client.GetAsync(new Uri($"/ogc/collections/schools/items/{id}?crs=http://www.opengis.net/def/crs/EPSG/0/25832", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("<http://www.opengis.net/def/crs/EPSG/0/25832>", response.Headers.GetValues("Content-Crs").Single());
        using var item = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var xy = item.RootElement.GetProperty("geometry").GetProperty("coordinates");
        Assert.InRange(xy[0].GetDouble(), 380_000, 405_000);
        Assert.InRange(xy[1].GetDouble(), 5_700_000, 5_720_000);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/ogc/collections/schools/items/nope", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_utm_bbox_and_a_routes_page_work_and_bad_parameters_are_400()
    {
        using var utm = await GetJsonAsync("/ogc/collections/lwl-routes/items?bbox=380000,5700000,405000,5720000&bbox-crs=http://www.opengis.net/def/crs/EPSG/0/25832&limit=10");
        Assert.Equal("FeatureCollection", utm.RootElement.GetProperty("type").GetString());
        Assert.True(utm.RootElement.GetProperty("numberMatched").GetInt32() > 0);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(new Uri("/ogc/collections/sites/items?bbox=1,2,3", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(new Uri("/ogc/collections/sites/items?crs=EPSG:3857", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/ogc/collections/unknown/items", UriKind.Relative))).StatusCode);
    }

    private async Task<JsonDocument> GetJsonAsync(string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.RelativeOrAbsolute));
        Assert.True(response.IsSuccessStatusCode, $"{url}: {response.StatusCode}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private static string Link(JsonElement owner, string rel) =>
        owner.GetProperty("links").EnumerateArray().First(l => l.GetProperty("rel").GetString() == rel).GetProperty("href").GetString()!;
}
