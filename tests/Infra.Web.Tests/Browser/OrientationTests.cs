using System.Text.Json;
using Microsoft.Playwright;

namespace Infra.Web.Tests.Browser;

/// <summary>
/// Issue 15.2: district labels and outlines (approximate unless a districts layer is imported), marker shapes as the
/// second cue, filters, district row → map, search with a result list, the deep link #site=ID; at the three sizes.
/// </summary>
[Collection(DashboardBrowserGroup.Name)]
public sealed class OrientationTests(DashboardFixture fixture)
{
    private readonly List<string> _problems = [];

    [BrowserTheory]
    [InlineData("telefon")]
    [InlineData("laptop")]
    [InlineData("wand-1920")]
    public async Task Map_labels_every_district_and_draws_each_technology_with_its_own_shape(string viewName)
    {
        var view = DashboardView.Named(viewName);
        var sites = await SitesAsync();
        var page = await view.OpenAsync(fixture, _problems);

        var districts = sites.Select(s => s.District).Where(d => d.Length > 0).Distinct().Order(StringComparer.Ordinal).ToArray();
        var labels = await page.Locator(".district-label").AllInnerTextsAsync();
        Assert.Equal(districts, labels.Select(l => l.Trim()).Order(StringComparer.Ordinal).ToArray());
        var imported = (await fixture.GetJsonAsync("/ogc/collections/districts/items?limit=1")).GetProperty("features").GetArrayLength() > 0;
        if (!imported)
        {
            await Assertions.Expect(page.Locator(".leaflet-control-layers")).ToContainTextAsync("ungefähre Grenzen");
        }

        // Each technology has one shape, and two technologies never share one.
        var shapes = await page.GetByTestId("site-marker").EvaluateAllAsync<string[][]>(
            "ms => ms.map(m => [m.dataset.siteId, [...m.classList].find(c => c.startsWith('shape-'))])");
        var technology = sites.ToDictionary(s => s.Id, s => s.Technology);
        var shapeOf = shapes.GroupBy(s => technology[s[0]]).ToDictionary(g => g.Key, g => g.Select(s => s[1]).Distinct().Single());
        Assert.Equal(shapeOf.Count, shapeOf.Values.Distinct().Count());
        await view.ScreenshotAsync(page, "karte");
        Assert.Empty(_problems);
    }

    [BrowserFact]
    public async Task Filters_district_row_search_list_and_deep_link_find_sites()
    {
        var sites = await SitesAsync();
        var page = await DashboardView.Laptop.OpenAsync(fixture, _problems);
        var markers = page.GetByTestId("site-marker");
        await Assertions.Expect(markers).ToHaveCountAsync(sites.Length);

        // Technology filter: exactly the sites of that technology stay.
        var technology = sites.GroupBy(s => s.Technology).OrderByDescending(g => g.Count()).First();
        await page.GetByTestId("filter-technology").SelectOptionAsync(technology.Key);
        await Assertions.Expect(markers).ToHaveCountAsync(technology.Count());
        Assert.Equal(technology.Select(s => s.Id).Order(StringComparer.Ordinal),
            (await markers.EvaluateAllAsync<string[]>("ms => ms.map(m => m.dataset.siteId)")).Order(StringComparer.Ordinal));
        await page.GetByTestId("filter-technology").SelectOptionAsync("");

        // District filter and district row: the map shows that district's sites.
        var district = sites.GroupBy(s => s.District).OrderBy(g => g.Count()).First();
        await page.GetByTestId("filter-district").SelectOptionAsync(district.Key);
        await Assertions.Expect(markers).ToHaveCountAsync(district.Count());
        await Assertions.Expect(page.GetByTestId("filter-count")).ToContainTextAsync($"{district.Count()} von {sites.Length}");
        await page.GetByTestId("filter-district").SelectOptionAsync("");
        await Assertions.Expect(markers).ToHaveCountAsync(sites.Length);
        var zoomBefore = await ZoomAsync(page);
        await page.Locator($"[data-testid='district-zoom']", new PageLocatorOptions { HasText = district.Key }).First.ClickAsync();
        var zoomAfter = await ZoomAsync(page);
        Assert.True(zoomAfter >= zoomBefore, $"district row: zoom {zoomBefore} → {zoomAfter}");
        var inView = await page.EvaluateAsync<int>(
            "() => [...document.querySelectorAll('[data-testid=site-marker]')].filter(m => { const r = m.getBoundingClientRect(), b = document.getElementById('map').getBoundingClientRect(); return r.left >= b.left - 1 && r.right <= b.right + 1 && r.top >= b.top - 1 && r.bottom <= b.bottom + 1; }).map(m => m.dataset.siteId).length");
        Assert.True(inView >= district.Count(), $"after the district row only {inView} sites are in view, the district has {district.Count()}");

        // Search: no match is said; several matches are listed; one opens the site.
        await page.GetByTestId("site-input").FillAsync("zzz-keine-solche-liegenschaft");
        await page.GetByTestId("site-input").PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("search-status")).ToContainTextAsync("Keine Liegenschaft gefunden");
        var common = CommonPart(sites);
        await page.GetByTestId("site-input").FillAsync(common.Text);
        await page.GetByTestId("site-input").PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("search-result")).ToHaveCountAsync(Math.Min(100, common.Count));
        await Assertions.Expect(page.GetByTestId("site-panel")).ToBeHiddenAsync();
        var picked = await page.GetByTestId("search-result").Nth(1).GetAttributeAsync("data-key");
        await page.GetByTestId("search-result").Nth(1).ClickAsync();
        await Assertions.Expect(page.GetByTestId("site-id")).ToHaveTextAsync(picked!);
        Assert.EndsWith("#site=" + Uri.EscapeDataString(picked!), page.Url, StringComparison.Ordinal);

        // The deep link opens that site in a fresh page.
        var linked = await DashboardView.Laptop.OpenAsync(fixture, _problems, "#site=" + Uri.EscapeDataString(picked!));
        await Assertions.Expect(linked.GetByTestId("site-id")).ToHaveTextAsync(picked!);
        await Assertions.Expect(linked.Locator($"[data-testid='site-marker'][data-site-id='{picked}']")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("selected"));
        Assert.Empty(_problems);
    }

    [BrowserFact]
    public async Task Many_sites_are_clustered_and_a_cluster_opens_when_zoomed_into()
    {
        var sites = await SitesAsync();
        // Clustering from 2 shown sites (the default, 150, is above the small town's 20).
        var page = await fixture.OpenDashboardAsync(_problems, "?buendeln-ab=2", 1600, 1000);
        var clusters = page.Locator(".site-cluster");
        await Assertions.Expect(clusters.First).ToBeVisibleAsync();
        var inClusters = (await clusters.AllInnerTextsAsync()).Sum(t => int.Parse(t.Trim(), System.Globalization.CultureInfo.InvariantCulture));
        var single = await page.GetByTestId("site-marker").CountAsync();
        Assert.Equal(sites.Length, inClusters + single);
        Assert.True(inClusters > 0);
        Assert.Equal(0, await clusters.EvaluateAllAsync<int>("cs => cs.filter(c => c.tabIndex >= 0 && c.hasAttribute('tabindex')).length"));
        await DashboardView.Laptop.ScreenshotAsync(page, "buendel");

        // A deep link into a cluster: the map zooms until that site's own marker shows, selected.
        var picked = sites[0].Id;
        var linked = await fixture.OpenDashboardAsync(_problems, "?buendeln-ab=2#site=" + Uri.EscapeDataString(picked), 1600, 1000);
        await Assertions.Expect(linked.Locator($"[data-testid='site-marker'][data-site-id='{picked}']")).ToBeVisibleAsync();
        Assert.Empty(_problems);
    }

    private static Task<double> ZoomAsync(IPage page) =>
        page.EvaluateAsync<double>("() => Number(document.getElementById('map').dataset.zoom ?? 'NaN')");

    /// <summary>A piece of text in at least two site names (a word they share), and how many names contain it.</summary>
    private static (string Text, int Count) CommonPart(Site[] sites)
    {
        var words = sites.SelectMany(s => s.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct())
            .Where(w => w.Length >= 3).GroupBy(w => w, StringComparer.Ordinal).Where(g => g.Count() >= 2 && g.Count() < sites.Length)
            .OrderByDescending(g => g.Count()).First().Key;
        var count = sites.Count(s => s.Name.Contains(words, StringComparison.OrdinalIgnoreCase) || s.Id.Contains(words, StringComparison.OrdinalIgnoreCase));
        return (words, count);
    }

    private async Task<Site[]> SitesAsync()
    {
        var features = (await fixture.GetJsonAsync("/ogc/collections/plan-sites/items?limit=1000")).GetProperty("features");
        return features.EnumerateArray().Select(f => f.GetProperty("properties")).Select(p => new Site(
            p.GetProperty("id").GetString()!, p.GetProperty("name").GetString() ?? "",
            p.TryGetProperty("district", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString()! : "",
            p.GetProperty("technology").GetString()!)).ToArray();
    }

    private sealed record Site(string Id, string Name, string District, string Technology);
}
