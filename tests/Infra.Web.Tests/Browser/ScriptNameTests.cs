using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Infra.Web.Auth;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Infra.Web.Tests.Browser;

/// <summary>
/// A site whose name carries markup and script is uploaded through the API and shown by the dashboard (map tooltip,
/// tables, site panel) as text: no element from the name appears and no script from it runs, under the app's CSP.
/// </summary>
[Collection(DashboardBrowserGroup.Name)]
public sealed class ScriptNameTests(DashboardFixture fixture)
{
    private const string Payload = "<img src=x onerror=\"window.__xss=1\"><script>window.__xss=2</script><b id=\"injected\">fett</b>";

    [BrowserFact]
    public async Task A_site_name_with_markup_is_shown_as_text_and_nothing_runs()
    {
        // Its own app: the shared one's data stays as the other browser tests expect it.
        await using var app = await DashboardApp.StartAsync();
        using var api = new HttpClient { BaseAddress = app.BaseAddress };
        var credentials = app.Services.GetRequiredService<CredentialSet>();
        api.DefaultRequestHeaders.Add(ApiKeyHandler.HeaderName, credentials.ApiKeys.First(k => k.Role == Roles.Gis).Key);

        // The GIS upload accepts the name (it is data); the sites layer comes back with one name replaced.
        var layer = JsonNode.Parse(await api.GetStringAsync(new Uri("api/layers/sites", UriKind.Relative)))!;
        var feature = layer["features"]!.AsArray()[0]!;
        var siteId = feature["id"]?.GetValue<string>() ?? feature["properties"]!["id"]!.GetValue<string>();
        feature["properties"]!["name"] = Payload;
        using var upload = await api.PostAsync(new Uri("api/layers/sites", UriKind.Relative),
            new StringContent(layer.ToJsonString(), Encoding.UTF8, new MediaTypeHeaderValue("application/geo+json")));
        Assert.True(upload.IsSuccessStatusCode, await upload.Content.ReadAsStringAsync());
        using var stored = JsonDocument.Parse(await api.GetStringAsync(new Uri($"api/sites/{siteId}", UriKind.Relative)));
        Assert.Equal(Payload, stored.RootElement.GetProperty("name").GetString());

        // The next plan carries the layer's names; instead of planning again, the stored plan takes the new name.
        await using (var connection = new SqliteConnection("Data Source=" + app.Services.GetRequiredService<WebSettings>().Database.Target))
        {
            await connection.OpenAsync();
            await using var update = connection.CreateCommand();
            update.CommandText = "UPDATE plan_sites SET name = $name WHERE site_id = $id";
            update.Parameters.AddWithValue("$name", Payload);
            update.Parameters.AddWithValue("$id", siteId);
            Assert.True(await update.ExecuteNonQueryAsync() > 0, "the site is not in the stored plan");
        }

        var problems = new List<string>();
        var page = await fixture.OpenDashboardAsync(problems, app.BaseAddress.ToString());
        var marker = page.Locator($"[data-testid='site-marker'][data-site-id='{siteId}']");
        await marker.HoverAsync();
        var tooltip = page.Locator(".leaflet-tooltip");
        await Assertions.Expect(tooltip).ToContainTextAsync("<img src=x");
        await marker.ClickAsync();
        await Assertions.Expect(page.GetByTestId("site-panel")).ToContainTextAsync("<script>window.__xss=2</script>");

        Assert.Equal(0, await page.Locator("#injected, img[src='x']").CountAsync());
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__xss"));
        Assert.Empty(problems);
    }
}
