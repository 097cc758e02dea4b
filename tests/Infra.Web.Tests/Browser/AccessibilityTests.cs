using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Infra.Web.Tests.Browser;

/// <summary>
/// Issue 15.1: axe-core (Deque.AxeCore.Playwright) finds no serious or critical violation on any view; a keyboard alone
/// gets past the map to search, charts and comparison; the map is one Tab stop and its controls speak German.
/// </summary>
[Collection(DashboardBrowserGroup.Name)]
public sealed class AccessibilityTests(DashboardFixture fixture, ITestOutputHelper output)
{
    private readonly List<string> _problems = [];

    [BrowserTheory]
    [MemberData(nameof(DashboardView.Names), MemberType = typeof(DashboardView))]
    public async Task RunAxe_every_view_and_an_open_site_panel_has_no_serious_or_critical_violation(string viewName)
    {
        var view = DashboardView.Named(viewName);
        var page = await view.OpenAsync(fixture, _problems);
        await AssertNoSeriousViolationsAsync(page, view.Name);
        await view.ScreenshotAsync(page, "a11y", fullPage: !view.IsWall);

        // The same view with a site's panel open (through the deep link, as a shared link would open it).
        var siteId = await page.GetByTestId("site-marker").First.GetAttributeAsync("data-site-id");
        var withPanel = await view.OpenAsync(fixture, _problems, "#site=" + Uri.EscapeDataString(siteId!));
        await Assertions.Expect(withPanel.GetByTestId("site-panel")).ToBeVisibleAsync();
        await AssertNoSeriousViolationsAsync(withPanel, view.Name + " with site panel");
        await view.ScreenshotAsync(withPanel, "a11y-liegenschaft", fullPage: !view.IsWall);
        Assert.Empty(_problems);
    }

    [BrowserFact]
    public async Task Keyboard_only_skips_the_map_in_one_tab_and_reaches_search_charts_and_comparison()
    {
        var view = DashboardView.Laptop;
        var page = await view.OpenAsync(fixture, _problems);

        // Nothing inside the map's panes (markers, trenches, clusters, district labels) is focusable.
        var focusableInMap = await page.EvaluateAsync<int>(
            "() => document.querySelectorAll('#map .leaflet-map-pane [tabindex]:not([tabindex=\"-1\"]), #map .leaflet-map-pane a[href], #map .leaflet-map-pane button').length");
        Assert.Equal(0, focusableInMap);
        Assert.Equal("Vergrößern", await page.Locator(".leaflet-control-zoom-in").GetAttributeAsync("title"));
        Assert.Equal("Verkleinern", await page.Locator(".leaflet-control-zoom-out").GetAttributeAsync("title"));
        Assert.DoesNotContain("Layers", await page.Locator("#map").InnerHTMLAsync(), StringComparison.Ordinal);

        // First Tab: the skip link, visible when focused; Enter moves focus to the main content.
        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByTestId("skip-link");
        await Assertions.Expect(skip).ToBeFocusedAsync();
        var box = await skip.BoundingBoxAsync();
        Assert.True(box is { Y: >= 0 }, "the skip link stays off-screen when focused");
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));

        // Tab on: record every stop until the comparison's button; the map container is one stop.
        var stops = new List<string>();
        for (var i = 0; i < 200 && !stops.Contains("compare-submit"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
            stops.Add(await page.EvaluateAsync<string>(
                "() => { const a = document.activeElement; return a.dataset.testid || a.id || a.className || a.tagName; }"));
        }

        output.WriteLine(string.Join(" → ", stops));
        Assert.Contains("compare-submit", stops);
        Assert.Contains("site-input", stops);
        Assert.Contains("png-verlauf", stops);
        Assert.Contains("png-investitionen", stops);
        Assert.Single(stops, s => s == "map");
        Assert.True(stops.Count < 80, $"{stops.Count} Tab stops to the comparison: {string.Join(", ", stops)}");

        // The map pans with the arrow keys while it has the focus.
        await page.Locator("#map").FocusAsync();
        var before = await page.EvaluateAsync<string>("() => document.querySelector('.leaflet-map-pane').style.transform");
        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(page.Locator(".leaflet-map-pane")).Not.ToHaveAttributeAsync("style", before);

        // A site by keyboard: search, pick a result with Enter; the panel opens and takes the focus.
        var name = await page.GetByTestId("site-marker").First.GetAttributeAsync("data-site-id");
        await page.GetByTestId("site-input").FocusAsync();
        await page.Keyboard.TypeAsync(name!);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("site-panel")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#h-site")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.GetByTestId("site-panel")).ToBeHiddenAsync();
        Assert.Empty(_problems);
    }

    private async Task AssertNoSeriousViolationsAsync(IPage page, string what)
    {
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToArray();
        foreach (var v in result.Violations)
        {
            output.WriteLine($"{what}: {v.Impact} {v.Id} ({v.Nodes.Length}×): {v.Help} – {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}");
        }

        Assert.True(serious.Length == 0, $"{what}: " + string.Join("; ", serious.Select(v =>
            $"{v.Impact} {v.Id}: {v.Help} at {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")));
    }
}
