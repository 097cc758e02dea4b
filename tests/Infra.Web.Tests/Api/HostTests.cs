using System.Net;
using Infra.Web.Tests.Support;

namespace Infra.Web.Tests.Api;

[Collection(WebTestGroup.Name)]
public sealed class HostTests(WebAppFixture fixture)
{
    [Fact]
    public async Task The_dashboard_index_is_served_at_the_root_and_the_openapi_document_lists_the_api()
    {
        using var web = new TempFolder("infra-web-root-");
        await File.WriteAllTextAsync(Path.Combine(web.Path, "index.html"), "<!doctype html><title>Infra</title>");
        await using var app = await WebAppFixture.StartAsync(new WebOptions
        {
            Database = fixture.Database.Options, DataFolder = fixture.DataFolder, EnableJobs = false, WebRoot = web.Path,
        });
        var client = Microsoft.AspNetCore.TestHost.HostBuilderTestServerExtensions.GetTestClient(app);
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
}
