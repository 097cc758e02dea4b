using System.Text.Json;
using Infra.Data;
using Infra.Data.Tests.Support;
using Infra.Web.Tests.Support;
using Microsoft.AspNetCore.TestHost;

namespace Infra.Web.Tests.Api;

/// <summary>
/// On PostgreSQL the OGC bbox is answered by PostGIS in SQL (ST_Intersects on the native geom columns); it must select
/// exactly the features the in-memory filter of the SQLite app selects, for lon/lat and UTM boxes alike.
/// </summary>
[Collection(WebTestGroup.Name)]
public sealed class OgcPostgisTests(WebAppFixture fixture)
{
    [PostgresFact]
    public async Task Bbox_answered_by_postgis_selects_the_same_features_as_the_in_memory_filter()
    {
        await using var pg = await PostgresTestDatabase.CreateAsync();
        await WebAppFixture.ImportGeodataAsync(await InfraDatabase.OpenAsync(pg.Options));
        using var temp = new TempFolder("infra-ogc-pg-");
        await using var app = await WebAppFixture.StartAsync(new WebOptions { Database = pg.Options, DataFolder = temp.Path, EnableJobs = false });
        var postgis = app.GetTestClient();
        var sqlite = fixture.Client();

        foreach (var query in new[]
        {
            "/ogc/collections/schools/items?bbox=7.44,51.50,7.49,51.53&limit=10000",
            "/ogc/collections/sites/items?bbox=7.30,51.45,7.50,51.55&limit=10000",
            "/ogc/collections/lwl-routes/items?bbox=385000,5700000,395000,5712000&bbox-crs=http://www.opengis.net/def/crs/EPSG/0/25832&limit=10000",
            "/ogc/collections/hubs/items?bbox=7.0,51.0,7.1,51.1",
        })
        {
            var expected = await IdsAsync(sqlite, query);
            var found = await IdsAsync(postgis, query);
            Assert.Equal(expected, found);
        }

        Assert.NotEmpty(await IdsAsync(postgis, "/ogc/collections/schools/items?bbox=7.44,51.50,7.49,51.53&limit=10000"));
    }

    private static async Task<string[]> IdsAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"{url}: {response.StatusCode}");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var ids = json.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetString()!).ToArray();
        Assert.Equal(json.RootElement.GetProperty("numberMatched").GetInt32(), ids.Length);
        return ids;
    }
}
