using System.Net;
using Infra.Web.Auth;
using Infra.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;

namespace Infra.Web.Tests.Api;

[Collection(WebTestGroup.Name)]
public sealed class HostTests(WebAppFixture fixture)
{
    [Fact]
    public async Task The_dashboard_index_is_served_at_the_root_and_the_openapi_document_lists_the_api()
    {
        using var web = new TempFolder("infra-web-root-", Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools);
        await File.WriteAllTextAsync(Path.Combine(web.Path, "index.html"), "<!doctype html><title>Infra</title>");
        await using var app = await WebAppFixture.StartAsync(new WebOptions
        {
            Database = fixture.Database.Options, DataFolder = fixture.DataFolder, EnableJobs = false, WebRoot = web.Path,
        });
        var client = app.GetTestClient();
        var root = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, root.StatusCode);
        Assert.Contains("<title>Infra</title>", await root.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var openApi = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        foreach (var path in new[] { "/api/kpis/current", "/api/layers/{name}", "/ogc/collections/{collectionId}/items", "/api/audit" })
        {
            Assert.Contains($"\"{path}\"", openApi, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Ogc_items_answer_application_json_when_asked()
    {
        var response = await fixture.Client().GetAsync(new Uri("/ogc/collections/hubs/items?f=json", UriKind.Relative));
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Without_anonymous_reads_a_read_needs_a_key_and_any_role_may_read()
    {
        await using var app = await InfraWebApp.CreateAsync(
            new WebOptions { Database = fixture.Database.Options, DataFolder = fixture.DataFolder, EnableJobs = false },
            b =>
            {
                b.WebHost.UseTestServer();
                b.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Auth:AllowAnonymousRead"] = "false" });
            });
        await app.StartAsync();
        var anonymous = app.GetTestClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri("/api/sites?limit=1", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri("/ogc/collections", UriKind.Relative))).StatusCode);
        var viewer = app.GetTestClientWithKey(fixture.Key(Roles.Betrachter));
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync(new Uri("/api/sites?limit=1", UriKind.Relative))).StatusCode);
    }
}
