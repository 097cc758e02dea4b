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
        var totals = latest.RootElement.GetProperty("summary").GetProperty("totals");
        Assert.Equal(fixture.Outcome.Plan.Sites.Count, totals.GetProperty("sites").GetInt32());
        // TrenchCapexEuro reaches the web: the stored totals in the contract's names.
        Assert.Equal(fixture.Outcome.Plan.Totals.TrenchCapexEur, totals.GetProperty("trench_capex_eur").GetDouble(), 6);
        Assert.Equal(fixture.Outcome.Plan.Totals.NpvEur, totals.GetProperty("npv_eur").GetDouble(), 6);
        Assert.Equal(fixture.Outcome.Instance.Scenario.Deadline.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            latest.RootElement.GetProperty("summary").GetProperty("deadline").GetString());
    }

    [Fact]
    public async Task Current_kpis_equal_the_kpi_service_and_add_up()
    {
        using var kpis = await GetJsonAsync("/api/kpis/current");
        var root = kpis.RootElement;
        var asOf = DateOnly.Parse(root.GetProperty("as_of").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var expected = await KpiService.CurrentAsync(fixture.Database, fixture.Version, asOf);
        Assert.Equal(fixture.Version, root.GetProperty("plan_version").GetInt64());
        Assert.Equal(expected.Sites, root.GetProperty("sites").GetInt32());
        Assert.Equal(expected.Connected, root.GetProperty("connected").GetInt32());
        Assert.Equal(expected.ConnectedShare, root.GetProperty("connected_share").GetDouble(), 9);
        var districts = root.GetProperty("by_district").EnumerateArray().ToArray();
        Assert.Equal(expected.Sites, districts.Sum(d => d.GetProperty("total").GetInt32()));
        // Districts in German order (DIN 5007-2), labels of technologies from the glossary.
        var names = districts.Select(d => d.GetProperty("label").GetString()!).ToArray();
        Assert.Equal(names.Order(Infra.Core.Language.GermanCollation.Instance), names);
        Assert.All(root.GetProperty("by_technology").EnumerateArray(), t => Assert.Equal(
            Infra.Core.Language.Glossary.Label("technology", t.GetProperty("key").GetString()), t.GetProperty("label").GetString()));
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
        var asOf = current.RootElement.GetProperty("as_of").GetString();
        Assert.Equal(asOf, actual[^1].GetProperty("date").GetString());
        Assert.Equal(current.RootElement.GetProperty("connected_share").GetDouble(), actual[^1].GetProperty("connected_share").GetDouble(), 9);
        var quarterEnds = curve.RootElement.GetProperty("planned").EnumerateArray().Select(q => q.GetProperty("last_day").GetString()).ToHashSet();
        Assert.All(actual[..^1], a => Assert.Contains(a.GetProperty("date").GetString(), quarterEnds));
        using var years = await GetJsonAsync($"/api/plans/{v}/years");
        var storedYears = await new PlanStore(fixture.Database).YearsAsync(v);
        Assert.Equal(storedYears.Select(y => y.Year), years.RootElement.EnumerateArray().Select(y => y.GetProperty("year").GetInt32()));
        Assert.Equal(storedYears.Select(y => y.CapexBudgetedEur), years.RootElement.EnumerateArray().Select(y => y.GetProperty("capex_budgeted_eur").GetDouble()));

        var stored = await new PlanStore(fixture.Database).SitesAsync(v);
        var site = stored.First(s => s.Alternatives.Count > 1);
        using var detail = await GetJsonAsync($"/api/plans/{v}/sites/{site.Id}");
        var body = detail.RootElement.GetProperty("site");
        Assert.Equal(Infra.Core.Codes.EnumCodes.Of(site.Technology), body.GetProperty("technology").GetString());
        Assert.Equal(Infra.Core.Sites.SiteKindCodes.ToCode(site.Kind), body.GetProperty("kind").GetString());
        Assert.Equal(site.Alternatives.Count, body.GetProperty("alternatives").GetArrayLength());
        Assert.Equal(Infra.Core.Codes.EnumCodes.Of(site.Reason.Code), body.GetProperty("reason").GetProperty("code").GetString());
        Assert.Equal(Infra.Core.Language.PlanTexts.Reason(site), detail.RootElement.GetProperty("reason_text").GetString());
        Assert.Equal(site.Alternatives.Count, detail.RootElement.GetProperty("alternative_notes").GetArrayLength());
        Assert.False(body.TryGetProperty("location", out _));

        using var compare = await GetJsonAsync($"/api/compare?versions={v},{v}");
        Assert.Equal(2, compare.RootElement.GetArrayLength());
        var shares = compare.RootElement[0].GetProperty("share_by_technology").EnumerateArray().Sum(p => p.GetProperty("share").GetDouble());
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
        foreach (var name in new[] { "id", "name", "kind", "district", "technology", "technology_label", "capex_eur", "npv_eur", "live_quarter", "misses_deadline", "reason" })
        {
            Assert.True(first.TryGetProperty(name, out _), name);
        }

        using var trenches = await GetJsonAsync("/ogc/collections/plan-trenches/items?limit=10000");
        Assert.Equal((await stored.TrenchesAsync(fixture.Version)).Count, trenches.RootElement.GetProperty("numberMatched").GetInt32());
        var trench = trenches.RootElement.GetProperty("features")[0].GetProperty("properties");
        Assert.Equal(["id", "edge_index", "kind", "kind_label", "length_m", "trench_m", "capex_eur", "sites_served", "dug_quarter", "source_ids"],
            trench.EnumerateObject().Select(p => p.Name));
        using var links = await GetJsonAsync("/ogc/collections/plan-links/items");
        Assert.Equal((await stored.LinksAsync(fixture.Version)).Count, links.RootElement.GetProperty("numberMatched").GetInt32());
    }

    [Fact]
    public async Task Glossary_serves_every_domain_with_german_labels()
    {
        using var glossary = await GetJsonAsync("/api/glossary");
        var domains = glossary.RootElement.GetProperty("domains").EnumerateArray().ToDictionary(d => d.GetProperty("name").GetString()!);
        Assert.Equal(Infra.Core.Language.Glossary.Domains.Select(d => d.Name), domains.Keys);
        var technology = domains["technology"].GetProperty("entries").EnumerateArray().ToDictionary(e => e.GetProperty("code").GetString()!, e => e.GetProperty("label").GetString());
        Assert.Equal(["fibre", "radio", "leased", "keep", "none"], technology.Keys);
        Assert.Equal("LWL-Eigenbau", technology["fibre"]);
        Assert.Equal("dd.MM.yyyy", glossary.RootElement.GetProperty("date_format").GetString());
        var npv = domains["term"].GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("code").GetString() == "npv");
        Assert.Contains("niedriger ist besser", npv.GetProperty("explanation").GetString(), StringComparison.Ordinal);
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
