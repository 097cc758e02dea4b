using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Infra.Web.Tests.Browser;

/// <summary>The dashboard in Debian's Chromium: what it shows equals what the API says.</summary>
[Collection(DashboardBrowserGroup.Name)]
public sealed class DashboardTests(DashboardFixture fixture, ITestOutputHelper output)
{
    /// <summary>External requests, script and console errors of the pages a test opened; each test ends with none.</summary>
    private readonly List<string> _problems = [];

    [BrowserFact]
    public async Task Headline_and_every_district_equal_the_kpi_api()
    {
        var kpis = await fixture.GetJsonAsync("/api/kpis/current");
        // The headline and the tables are the programme status as of the Stichtag when the server has one (issue 12),
        // else the KPIs: one answer for both, so the tables add up to the headline.
        using var statusResponse = await fixture.Api.GetAsync("api/status");
        var figures = kpis;
        var groups = kpis;
        if (statusResponse.IsSuccessStatusCode)
        {
            groups = await statusResponse.Content.ReadFromJsonAsync<JsonElement>();
            figures = groups.GetProperty("headline");
        }

        var page = await fixture.OpenDashboardAsync(_problems);

        var headline = page.GetByTestId("headline-share");
        GermanNumbers.AssertPercentShows(figures.GetProperty("connected_share").GetDouble(), await headline.InnerTextAsync(), "headline");
        Assert.Equal(figures.GetProperty("connected_share").GetDouble(), ValueOf(await headline.GetAttributeAsync("data-value")));
        GermanNumbers.AssertPercentShows(figures.GetProperty("planned_share").GetDouble(),
            await page.GetByTestId("headline-planned").InnerTextAsync(), "planned share");

        await AssertGroupRowsAsync(page, "district-row", groups.GetProperty("by_district"));
        await AssertGroupRowsAsync(page, "kind-row", groups.GetProperty("by_kind"));
        await AssertGroupRowsAsync(page, "technology-row", groups.GetProperty("by_technology"));
        // The kinds partition the sites: their rows add up to the headline's count.
        var connectedByKind = await page.GetByTestId("kind-row").GetByTestId("connected")
            .EvaluateAllAsync<string[]>("cells => cells.map(c => c.dataset.value)");
        Assert.Equal(figures.GetProperty("connected").GetInt32(), connectedByKind.Sum(v => (int)ValueOf(v)));
        Assert.Empty(_problems);
    }

    [BrowserFact]
    public async Task Clicking_a_site_on_the_map_shows_its_plan()
    {
        var page = await fixture.OpenDashboardAsync(_problems);
        var markers = page.GetByTestId("site-marker");
        Assert.True(await markers.CountAsync() > 0, "the map shows no site");

        // A site the plan builds something for (its panel has costs and alternatives), else any site.
        var features = (await fixture.GetJsonAsync("/ogc/collections/plan-sites/items?limit=1000")).GetProperty("features").EnumerateArray().ToArray();
        var built = features.FirstOrDefault(f => f.GetProperty("properties").GetProperty("technology").GetString() is "fibre" or "radio" or "leased");
        var siteId = (built.ValueKind == JsonValueKind.Undefined ? features[^1] : built).GetProperty("properties").GetProperty("id").GetString()!;
        var marker = page.Locator($"[data-testid='site-marker'][data-site-id='{siteId}']");
        var version = (await fixture.GetJsonAsync("/api/plans/latest")).GetProperty("version").GetInt64();
        var detail = await fixture.GetJsonAsync($"/api/plans/{version}/sites/{Uri.EscapeDataString(siteId)}");
        var site = detail.GetProperty("site");
        var glossary = await fixture.GetJsonAsync("/api/glossary");
        var technologyLabels = glossary.GetProperty("domains").EnumerateArray().Single(d => d.GetProperty("name").GetString() == "technology")
            .GetProperty("entries").EnumerateArray().ToDictionary(e => e.GetProperty("code").GetString()!, e => e.GetProperty("label").GetString());
        await marker.ClickAsync();

        var panel = page.GetByTestId("site-panel");
        await Assertions.Expect(panel).ToBeVisibleAsync();
        await Assertions.Expect(panel.GetByTestId("site-id")).ToHaveTextAsync(siteId);
        var technology = panel.GetByTestId("site-technology");
        Assert.Equal(technologyLabels[site.GetProperty("technology").GetString()!], await technology.InnerTextAsync());
        Assert.Equal(site.GetProperty("technology").GetString(), await technology.GetAttributeAsync("data-value"));
        GermanNumbers.AssertEuroShows(site.GetProperty("npv_eur").GetDouble(), await panel.GetByTestId("site-npv").InnerTextAsync(), "NPV");
        Assert.Equal(site.GetProperty("alternatives").GetArrayLength(), await panel.GetByTestId("alternative-row").CountAsync());
        Assert.Equal(detail.GetProperty("milestones").GetArrayLength(), await panel.Locator("[data-testid='site-milestones'] li").CountAsync());
        Assert.Equal(detail.GetProperty("reason_text").GetString(), await panel.GetByTestId("site-reason").InnerTextAsync());
        Assert.Equal(site.GetProperty("reason").GetProperty("code").GetString(), await panel.GetByTestId("site-reason").GetAttributeAsync("data-value"));

        Assert.Empty(_problems);
    }

    [BrowserFact]
    public async Task Comparison_and_job_list_render_what_the_api_lists()
    {
        var plans = await fixture.GetJsonAsync("/api/plans");
        var jobs = await fixture.GetJsonAsync("/api/jobs");
        var page = await fixture.OpenDashboardAsync(_problems);

        var compared = Math.Min(2, plans.GetArrayLength());
        Assert.True(compared > 0, "the test database holds no plan");
        await Assertions.Expect(page.GetByTestId("compare-plan")).ToHaveCountAsync(compared);
        var npvRow = page.Locator("[data-testid='compare-row'][data-key='npv']");
        await Assertions.Expect(npvRow).ToBeVisibleAsync();

        var shownJobs = page.GetByTestId("job-row");
        Assert.Equal(Math.Min(20, jobs.GetArrayLength()), await shownJobs.CountAsync());
        if (jobs.GetArrayLength() == 0)
        {
            await Assertions.Expect(page.GetByTestId("job-table")).ToContainTextAsync("Keine Aufträge");
        }

        Assert.Empty(_problems);
    }

    [BrowserFact]
    public async Task Jobs_card_links_the_hangfire_dashboard_which_opens_for_a_planer_key_only()
    {
        var page = await fixture.OpenDashboardAsync(_problems);
        var link = page.GetByTestId("hangfire-link");
        await Assertions.Expect(link).ToBeVisibleAsync();
        var target = new Uri(new Uri(page.Url), await link.GetAttributeAsync("href"));

        using (var anonymous = await fixture.Api.GetAsync(target))
        {
            Assert.Equal(System.Net.HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }

        if (fixture.PlanerKey is { } key)
        {
            // The browser answers the Basic challenge with the key, as a Planer would type it into its login box.
            await using var planer = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
            {
                HttpCredentials = new HttpCredentials { Username = "planer", Password = key },
            });
            var hangfire = await planer.NewPageAsync();
            var response = await hangfire.GotoAsync(target.ToString());
            Assert.Equal(200, response!.Status);
            await Assertions.Expect(hangfire.Locator("body")).ToContainTextAsync("Infra – Hintergrundaufträge");
            // The app's one queued run waits in Hangfire's queue (no worker runs here), under its German title.
            await hangfire.GotoAsync(new Uri(target, "jobs/enqueued/default").ToString());
            await Assertions.Expect(hangfire.Locator("body")).ToContainTextAsync("Kennzahlen-Schnappschuss (Lauf");
        }

        Assert.Empty(_problems);
    }

    [BrowserFact]
    public async Task Screenshots_of_laptop_and_wall_and_the_wall_refreshes_every_minute()
    {
        Directory.CreateDirectory(DashboardFixture.ArtifactsFolder);
        var laptop = await fixture.OpenDashboardAsync(_problems);
        var laptopPath = Path.Combine(DashboardFixture.ArtifactsFolder, "dashboard.png");
        await laptop.ScreenshotAsync(new PageScreenshotOptions { Path = laptopPath, FullPage = true });

        var sitePath = Path.Combine(DashboardFixture.ArtifactsFolder, "dashboard-site.png");
        if (await laptop.GetByTestId("site-marker").CountAsync() > 0)
        {
            await laptop.GetByTestId("site-marker").Last.ClickAsync();
            await Assertions.Expect(laptop.GetByTestId("site-panel")).ToBeVisibleAsync();
            await laptop.ScreenshotAsync(new PageScreenshotOptions { Path = sitePath });
        }

        // Wall mode under a fake clock: a minute later the page has asked for the KPIs again.
        var kpiRequests = 0;
        var wall = await fixture.OpenDashboardAsync(_problems, "?wand=1", 1920, 1080, async page =>
        {
            await page.Clock.InstallAsync();
            page.Request += (_, request) =>
            {
                if (request.Url.EndsWith("/api/kpis/current", StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref kpiRequests);
                }
            };
        });
        await Assertions.Expect(wall.Locator("body")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("wand"));
        var wallPath = Path.Combine(DashboardFixture.ArtifactsFolder, "dashboard-wand.png");
        await wall.ScreenshotAsync(new PageScreenshotOptions { Path = wallPath });
        var before = Volatile.Read(ref kpiRequests);
        var refreshesBefore = await RefreshesAsync(wall);
        await wall.Clock.RunForAsync(61_000);
        await Assertions.Expect(wall.GetByTestId("refresh-info")).ToContainTextAsync("alle 60 s");
        // The fake clock only fires the timer; the refresh then runs on real time (requests, rendering), which takes
        // long on a loaded machine. Wait for the page's own count of finished refreshes, polled from here (page timers
        // are fake), with a generous limit instead of a fixed five seconds.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (await RefreshesAsync(wall) <= refreshesBefore && waited.Elapsed < TimeSpan.FromSeconds(90))
        {
            await Task.Delay(200);
        }

        Assert.True(await RefreshesAsync(wall) > refreshesBefore, $"wall mode did not finish a refresh within {waited.Elapsed.TotalSeconds:0} s after 60 s of page time");
        Assert.True(Volatile.Read(ref kpiRequests) > before, "wall mode did not refresh after 60 s");

        output.WriteLine($"screenshots: {laptopPath} {sitePath} {wallPath}");
        Console.WriteLine($"dashboard screenshots: {laptopPath} {sitePath} {wallPath}");
        Assert.True(new FileInfo(laptopPath).Length > 10_000);
        Assert.Empty(_problems);
    }

    private static async Task<int> RefreshesAsync(IPage page) =>
        int.Parse(await page.EvaluateAsync<string>("() => document.body.dataset.refreshes ?? '0'"), CultureInfo.InvariantCulture);

    /// <summary>Each group of the API has one row showing its numbers, and the page shows no other group.</summary>
    private static async Task AssertGroupRowsAsync(IPage page, string rowTestId, JsonElement groups)
    {
        var rows = page.GetByTestId(rowTestId);
        Assert.Equal(groups.GetArrayLength(), await rows.CountAsync());
        // In the API's order (districts and kinds in German order).
        Assert.Equal(groups.EnumerateArray().Select(g => g.GetProperty("key").GetString()),
            await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.key)"));
        foreach (var group in groups.EnumerateArray())
        {
            var key = group.GetProperty("key").GetString()!;
            var row = page.Locator($"[data-testid='{rowTestId}'][data-key='{key.Replace("'", "\\'", StringComparison.Ordinal)}']");
            var connected = group.GetProperty("connected").GetInt32();
            // /api/kpis/current says "total", /api/status "sites".
            var total = (group.TryGetProperty("total", out var t) ? t : group.GetProperty("sites")).GetInt32();
            Assert.Equal($"{connected} / {total}", GermanNumbers.Normalize(await row.GetByTestId("connected").InnerTextAsync()));
            var share = row.GetByTestId("share");
            GermanNumbers.AssertPercentShows(group.GetProperty("share").GetDouble(), await share.InnerTextAsync(), $"{rowTestId} {key}");
            Assert.Equal(group.GetProperty("share").GetDouble(), ValueOf(await share.GetAttributeAsync("data-value")));
            GermanNumbers.AssertPercentShows(group.GetProperty("planned_share").GetDouble(),
                await row.GetByTestId("planned-share").InnerTextAsync(), $"{rowTestId} {key} planned");
        }
    }

    private static double ValueOf(string? dataValue) => double.Parse(dataValue!, CultureInfo.InvariantCulture);
}
