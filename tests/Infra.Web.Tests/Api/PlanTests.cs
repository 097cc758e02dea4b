using System.Net;
using System.Text.Json;
using Infra.Data.Kpis;
using Infra.Data.Plans;
using Infra.Web.Auth;
using Infra.Web.Tests.Support;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Infra.Web.Tests.Api;

/// <summary>KPI, plan, compare and OGC plan endpoints against a stored plan of the small town.</summary>
public sealed class PlanTests(PlanAppFixture fixture) : IClassFixture<PlanAppFixture>
{
    private readonly HttpClient client = fixture.Client();

    [Fact]
    public async Task Plans_list_and_latest_show_the_stored_version()
    {
        using var list = await GetJsonAsync("/api/plans");
        var plan = Assert.Single(list.RootElement.EnumerateArray());
        Assert.Equal(fixture.Version, plan.GetProperty("version").GetInt64());
        Assert.Equal("klein", plan.GetProperty("scenario").GetString());
        using var latest = await GetJsonAsync("/api/plans/latest");
        Assert.Equal(fixture.Version, latest.RootElement.GetProperty("version").GetInt64());
        Assert.Equal(fixture.Outcome.Plan.Sites.Count, latest.RootElement.GetProperty("sites").GetInt32());
    }

    [Fact]
    public async Task Current_kpis_equal_the_kpi_service_and_add_up()
    {
        using var kpis = await GetJsonAsync("/api/kpis/current");
        var root = kpis.RootElement;
        var asOf = DateOnly.Parse(root.GetProperty("asOf").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var expected = await KpiService.CurrentAsync(fixture.Database, fixture.Version, asOf);
        Assert.Equal(fixture.Version, root.GetProperty("planVersion").GetInt64());
        Assert.Equal(expected.Sites, root.GetProperty("sites").GetInt32());
        Assert.Equal(expected.Connected, root.GetProperty("connected").GetInt32());
        Assert.Equal(expected.ConnectedShare, root.GetProperty("connectedShare").GetDouble(), 9);
        var districts = root.GetProperty("byDistrict").EnumerateArray().ToArray();
        Assert.Equal(expected.Sites, districts.Sum(d => d.GetProperty("total").GetInt32()));
        Assert.All(root.GetProperty("byTechnology").EnumerateArray(), t => Assert.False(string.IsNullOrEmpty(t.GetProperty("label").GetString())));
    }

    [Fact]
    public async Task Curve_years_site_detail_and_compare_come_from_the_stored_plan()
    {
        var v = fixture.Version;
        using var curve = await GetJsonAsync($"/api/plans/{v}/curve");
        Assert.NotEmpty(curve.RootElement.GetProperty("planned").EnumerateArray());
        // The actual line ends today with the current figure and lies on quarter ends before it.
        var actual = curve.RootElement.GetProperty("actual").EnumerateArray().ToArray();
        using var current = await GetJsonAsync("/api/kpis/current");
        var asOf = current.RootElement.GetProperty("asOf").GetString();
        Assert.Equal(asOf, actual[^1].GetProperty("date").GetString());
        Assert.Equal(current.RootElement.GetProperty("connectedShare").GetDouble(), actual[^1].GetProperty("share").GetDouble(), 9);
        var quarterEnds = curve.RootElement.GetProperty("planned").EnumerateArray().Select(q => q.GetProperty("lastDay").GetString()).ToHashSet();
        Assert.All(actual[..^1], a => Assert.Contains(a.GetProperty("date").GetString(), quarterEnds));
        using var years = await GetJsonAsync($"/api/plans/{v}/years");
        Assert.NotEmpty(years.RootElement.EnumerateArray());

        var stored = await new PlanStore(fixture.Database).SitesAsync(v);
        var site = stored[0];
        using var detail = await GetJsonAsync($"/api/plans/{v}/sites/{site.SiteId}");
        Assert.Equal(site.Technology, detail.RootElement.GetProperty("technology").GetString());
        Assert.Equal(site.Alternatives.Count, detail.RootElement.GetProperty("alternatives").GetArrayLength());

        using var compare = await GetJsonAsync($"/api/compare?versions={v},{v}");
        Assert.Equal(2, compare.RootElement.GetArrayLength());
        var shares = compare.RootElement[0].GetProperty("shareByTechnology").EnumerateObject().Sum(p => p.Value.GetDouble());
        Assert.Equal(1.0, shares, 6);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/api/plans/999/curve", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Ogc_plan_collections_serve_the_latest_plan()
    {
        var stored = new PlanStore(fixture.Database);
        using var sites = await GetJsonAsync("/ogc/collections/plan-sites/items?limit=10000");
        Assert.Equal((await stored.SitesAsync(fixture.Version)).Count, sites.RootElement.GetProperty("numberMatched").GetInt32());
        var first = sites.RootElement.GetProperty("features")[0].GetProperty("properties");
        foreach (var name in new[] { "id", "name", "kind", "district", "technology", "live_quarter", "misses_deadline" })
        {
            Assert.True(first.TryGetProperty(name, out _), name);
        }

        using var trenches = await GetJsonAsync("/ogc/collections/plan-trenches/items?limit=10000");
        Assert.Equal((await stored.TrenchesAsync(fixture.Version)).Count, trenches.RootElement.GetProperty("numberMatched").GetInt32());
        using var links = await GetJsonAsync("/ogc/collections/plan-links/items");
        Assert.Equal((await stored.LinksAsync(fixture.Version)).Count, links.RootElement.GetProperty("numberMatched").GetInt32());
    }

    [Fact]
    public async Task A_scenario_run_is_queued_as_a_solve_job_and_shows_in_the_job_list()
    {
        using var scenarios = await GetJsonAsync("/api/scenarios");
        Assert.Contains(scenarios.RootElement.EnumerateArray(), s => s.GetProperty("name").GetString() == "dortmund-2028");

        var planer = fixture.App.GetTestClient();
        var credentials = fixture.App.Services.GetRequiredService<CredentialSet>();
        planer.DefaultRequestHeaders.Add(ApiKeyHandler.HeaderName, credentials.ApiKeys.First(k => k.Role == Roles.Planer).Key);
        var response = await planer.PostAsync(new Uri("/api/scenarios/no-radio/run", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var runId = body.RootElement.GetProperty("runId").GetString();
        using var run = await GetJsonAsync($"/api/jobs/{runId}");
        Assert.Equal("queued", run.RootElement.GetProperty("state").GetString());
        Assert.Equal("Solve", run.RootElement.GetProperty("kind").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await planer.PostAsync(new Uri("/api/scenarios/gibtsnicht/run", UriKind.Relative), null)).StatusCode);
    }

    private async Task<JsonDocument> GetJsonAsync(string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"{url}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
