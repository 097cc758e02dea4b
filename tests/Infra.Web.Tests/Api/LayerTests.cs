using System.Net;
using System.Text;
using System.Text.Json;
using Infra.Web.Auth;
using Infra.Web.Tests.Support;

namespace Infra.Web.Tests.Api;

[Collection(WebTestGroup.Name)]
public sealed class LayerTests(WebAppFixture fixture)
{
    private const string BadSites =
        """
        {"type":"FeatureCollection","features":[
        {"type":"Feature","id":"NEU-1","geometry":{"type":"Point","coordinates":[7.46,51.51]},"properties":{"name":"Neue Kita","kind":"Kita","district":"Innenstadt-West"}},
        {"type":"Feature","id":"NEU-2","geometry":{"type":"Point","coordinates":[7.47,51.52]},"properties":{"name":"Falsch","kind":"Schloss","district":"Innenstadt-West"}}
        ]}
        """;

    [Fact]
    public async Task A_bad_feature_gives_precise_problem_details_and_changes_nothing()
    {
        var before = await CountAsync("sites");
        using var content = new MultipartFormDataContent { { new StringContent(BadSites, Encoding.UTF8, "application/geo+json"), "file", "neue-kitas.geojson" } };
        var response = await fixture.Client(Roles.Gis).PostAsync(new Uri("/api/layers/sites", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = Assert.Single(problem.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("neue-kitas.geojson", error.GetProperty("file").GetString());
        Assert.Equal(1, error.GetProperty("featureIndex").GetInt32());
        Assert.Equal("NEU-2", error.GetProperty("featureId").GetString());
        Assert.Equal("properties.kind", error.GetProperty("property").GetString());
        Assert.StartsWith("unknown kind 'Schloss'", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync("sites"));
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Client().GetAsync(new Uri("/api/sites/NEU-1", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_raw_upload_in_utm_is_imported_and_downloads_in_both_crs()
    {
        const string hub = """
            {"type":"FeatureCollection","features":[{"type":"Feature","id":"RF-TEST","geometry":{"type":"Point","coordinates":[393000.5,5708000.25]},
            "properties":{"name":"Testmast","height_m":30,"max_links":4,"has_fibre":true}}]}
            """;
        var before = await CountAsync("hubs");
        var response = await fixture.Client(Roles.Gis).PostAsync(
            new Uri("/api/layers/hubs?crs=EPSG:25832", UriKind.Relative), new StringContent(hub, Encoding.UTF8, "application/geo+json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(1, result.RootElement.GetProperty("new").GetInt32());
        Assert.Equal(before + 1, await CountAsync("hubs"));

        var utm = await fixture.Client().GetStringAsync(new Uri("/api/layers/hubs?crs=EPSG:25832", UriKind.Relative));
        Assert.Contains("urn:ogc:def:crs:EPSG::25832", utm, StringComparison.Ordinal);
        Assert.Contains("[393000.5,5708000.25]", utm, StringComparison.Ordinal);
        var wgs = await fixture.Client().GetStringAsync(new Uri("/api/layers/hubs", UriKind.Relative));
        Assert.Contains("\"RF-TEST\"", wgs, StringComparison.Ordinal);
        Assert.DoesNotContain("25832", wgs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upload_above_the_limit_is_413_with_a_clear_message()
    {
        await using var small = await WebAppFixture.StartAsync(new WebOptions
        {
            Database = fixture.Database.Options, DataFolder = fixture.DataFolder, EnableJobs = false, MaxUploadBytes = 100,
        });
        var client = small.GetTestClientWithKey(fixture.Key(Roles.Gis));
        var response = await client.PostAsync(new Uri("/api/layers/sites", UriKind.Relative), new StringContent(BadSites, Encoding.UTF8, "application/geo+json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("höchstens", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sites_are_paged_and_edits_are_validated()
    {
        using var page = JsonDocument.Parse(await fixture.Client().GetStringAsync(new Uri("/api/sites?limit=10&offset=5", UriKind.Relative)));
        Assert.Equal(10, page.RootElement.GetProperty("items").GetArrayLength());
        Assert.Equal(await CountAsync("sites"), page.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, (await fixture.Client().GetAsync(new Uri("/api/sites?limit=0", UriKind.Relative))).StatusCode);

        var client = fixture.Client(Roles.Gis);
        var pin = await client.PatchAsync(new Uri("/api/sites/BIB-0003", UriKind.Relative),
            new StringContent("""{"pinnedTechnology":"radio","excludedTechnologies":["radio"]}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, pin.StatusCode);
        Assert.Contains("pinnedTechnology", await pin.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var ok = await client.PatchAsync(new Uri("/api/sites/BIB-0003", UriKind.Relative),
            new StringContent("""{"pinnedTechnology":"fibre"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        using var site = JsonDocument.Parse(await fixture.Client().GetStringAsync(new Uri("/api/sites/BIB-0003", UriKind.Relative)));
        Assert.Equal("fibre", site.RootElement.GetProperty("pinnedTechnology").GetString());
    }

    [Fact]
    public async Task An_upload_with_an_unknown_property_warns_and_a_strict_one_is_refused()
    {
        const string Hub = """
            {"type":"FeatureCollection","features":[{"type":"Feature","id":"RF-WARN","geometry":{"type":"Point","coordinates":[7.47,51.52]},
            "properties":{"name":"Mast","hight_m":30,"max_links":4,"has_fibre":true}}]}
            """;
        var client = fixture.Client(Roles.Gis);
        var strict = await client.PostAsync(new Uri("/api/layers/hubs?strict=true", UriKind.Relative), new StringContent(Hub, Encoding.UTF8, "application/geo+json"));
        Assert.Equal(HttpStatusCode.BadRequest, strict.StatusCode);
        Assert.Contains("--strict: unknown property 'hight_m'", await strict.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var response = await client.PostAsync(new Uri("/api/layers/hubs", UriKind.Relative), new StringContent(Hub, Encoding.UTF8, "application/geo+json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var warnings = result.RootElement.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!).ToArray();
        Assert.Contains(warnings, w => w.Contains("unknown property 'hight_m' (1 of 1 features) is ignored; did you mean 'height_m'?", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("property 'height_m' is missing in 1 of 1 features; the default is taken: 20 m", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("gpkg", "application/geopackage+sqlite3", "SQLite format 3")]
    [InlineData("shp", "application/zip", "PK")]
    public async Task A_layer_downloads_as_geopackage_and_zipped_shapefile(string format, string mediaType, string magic)
    {
        var response = await fixture.Client().GetAsync(new Uri($"/api/layers/lwl-routes?format={format}&crs=EPSG:25832", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.StartsWith(magic, Encoding.ASCII.GetString(bytes, 0, magic.Length), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await fixture.Client().GetAsync(new Uri("/api/layers/lwl-routes?format=kml", UriKind.Relative))).StatusCode);
    }

    private async Task<int> CountAsync(string layer)
    {
        using var layers = JsonDocument.Parse(await fixture.Client().GetStringAsync(new Uri("/api/layers", UriKind.Relative)));
        return layers.RootElement.EnumerateArray().First(l => l.GetProperty("name").GetString() == layer).GetProperty("count").GetInt32();
    }
}
