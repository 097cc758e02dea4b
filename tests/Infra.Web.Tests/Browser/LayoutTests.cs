using System.Text;
using Microsoft.Playwright;

namespace Infra.Web.Tests.Browser;

/// <summary>
/// Issue 15.5: phone without horizontal scroll, the wall at three sizes with nothing clipped and type that scales,
/// print on A4 without controls, CSV of every table and PNG of every chart and the map.
/// </summary>
[Collection(DashboardBrowserGroup.Name)]
public sealed class LayoutTests(DashboardFixture fixture)
{
    private readonly List<string> _problems = [];

    [BrowserFact]
    public async Task Phone_at_390_px_has_no_horizontal_scroll_with_and_without_the_site_panel()
    {
        var view = DashboardView.Phone;
        var page = await view.OpenAsync(fixture, _problems);
        await AssertNoHorizontalScrollAsync(page, "phone");
        await view.ScreenshotAsync(page, "seite", fullPage: true);

        var siteId = await page.GetByTestId("site-marker").First.GetAttributeAsync("data-site-id");
        var withPanel = await view.OpenAsync(fixture, _problems, "#site=" + Uri.EscapeDataString(siteId!));
        await Assertions.Expect(withPanel.GetByTestId("site-panel")).ToBeVisibleAsync();
        await AssertNoHorizontalScrollAsync(withPanel, "phone with site panel");
        await view.ScreenshotAsync(withPanel, "liegenschaft", fullPage: true);
        Assert.Empty(_problems);
    }

    [BrowserFact]
    public async Task Wall_at_1366_1920_and_3840_clips_no_card_and_scales_its_type()
    {
        var rootFonts = new List<double>();
        var chartFonts = new List<double>();
        foreach (var view in DashboardView.Walls)
        {
            var page = await view.OpenAsync(fixture, _problems);
            await view.ScreenshotAsync(page, "seite");
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollHeight <= innerHeight + 1 && document.documentElement.scrollWidth <= innerWidth + 1"),
                $"{view.Name}: the page scrolls");
            var clipped = await page.EvaluateAsync<string[]>(
                """
                () => [...document.querySelectorAll('.card')].filter(c => c.offsetParent !== null)
                  .flatMap(c => [c, ...c.querySelectorAll('table, .breakdown-tables > div, .table-scroll')])
                  .filter(e => e.scrollHeight > e.clientHeight + 2 || e.scrollWidth > e.clientWidth + 2)
                  .map(e => `${(e.closest('.card').querySelector('h2') || {}).textContent}: ${e.tagName}.${e.className} ${e.scrollWidth}x${e.scrollHeight} in ${e.clientWidth}x${e.clientHeight}`)
                """);
            Assert.True(clipped.Length == 0, $"{view.Name}: clipped: {string.Join("; ", clipped)}");
            // The header stays one row: its parts neither overlap nor leave the screen nor spill out of their boxes.
            var header = await page.EvaluateAsync<string[]>(
                """
                () => {
                  const parts = [...document.querySelectorAll('.top .title, .headline-figure, .headline-side > div, .forecast, .top-actions > *')]
                    .filter(e => e.offsetParent !== null);
                  const box = (e) => e.getBoundingClientRect();
                  const name = (e) => e.dataset.testid || e.className;
                  const found = [];
                  for (const e of parts) {
                    const r = box(e);
                    if (r.left < -1 || r.right > innerWidth + 1) found.push(`${name(e)} leaves the screen`);
                    if (e.scrollWidth > e.clientWidth + 2) found.push(`${name(e)} spills ${e.scrollWidth} > ${e.clientWidth}`);
                  }
                  for (let i = 0; i < parts.length; i++)
                    for (let j = i + 1; j < parts.length; j++) {
                      if (parts[i].contains(parts[j]) || parts[j].contains(parts[i])) continue;
                      const a = box(parts[i]), b = box(parts[j]);
                      if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1)
                        found.push(`${name(parts[i])} overlaps ${name(parts[j])}`);
                    }
                  return found;
                }
                """);
            Assert.True(header.Length == 0, $"{view.Name}: header: {string.Join("; ", header)}");
            rootFonts.Add(await page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.documentElement).fontSize)"));
            chartFonts.Add(await page.EvaluateAsync<double>("() => Chart.getChart('curve-chart').options.font?.size ?? Chart.defaults.font.size"));
        }

        Assert.True(rootFonts[1] > rootFonts[0] && rootFonts[2] > 1.8 * rootFonts[1], $"root font sizes {string.Join(", ", rootFonts)}");
        Assert.True(chartFonts[2] > 1.8 * chartFonts[1], $"chart font sizes {string.Join(", ", chartFonts)}");
        Assert.Empty(_problems);
    }

    [BrowserFact]
    public async Task Print_is_a4_without_controls_and_forms()
    {
        var page = await DashboardView.Laptop.OpenAsync(fixture, _problems);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        foreach (var hidden in new[] { ".leaflet-control-zoom", ".filters", ".site-search", "[data-testid='planer-card']", ".compare-form", "button.export", ".skip-link" })
        {
            Assert.False(await page.Locator(hidden).First.IsVisibleAsync(), $"{hidden} is printed");
        }

        Assert.Equal("rgb(255, 255, 255)", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.top')).backgroundColor"));
        await Assertions.Expect(page.GetByTestId("district-table")).ToBeVisibleAsync();
        await DashboardView.Laptop.ScreenshotAsync(page, "druck", fullPage: true);
        var pdf = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true });
        var text = Encoding.Latin1.GetString(pdf);
        Assert.StartsWith("%PDF", text, StringComparison.Ordinal);
        // A4 portrait is 595 × 842 points.
        Assert.Matches(@"/MediaBox\s*\[\s*0\s+0\s+59[45](\.\d+)?\s+84[12](\.\d+)?\s*\]", text);
        await File.WriteAllBytesAsync(Path.Combine(DashboardFixture.ArtifactsFolder, "druck-laptop.pdf"), pdf);
        Assert.Empty(_problems);
    }

    [BrowserFact]
    public async Task Every_table_downloads_as_csv_and_every_chart_and_the_map_as_png()
    {
        var page = await DashboardView.Laptop.OpenAsync(fixture, _problems);
        var tables = await page.Locator("table[data-export]").EvaluateAllAsync<string[]>("ts => ts.map(t => t.dataset.export)");
        Assert.Contains("anteil-district", tables);
        Assert.Contains("szenarienvergleich", tables);
        foreach (var name in tables)
        {
            var table = page.Locator($"table[data-export='{name}']");
            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId($"csv-{name}").ClickAsync());
            Assert.Equal($"{name}.csv", download.SuggestedFilename);
            var csv = await File.ReadAllTextAsync((await download.PathAsync())!, Encoding.UTF8);
            var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            var header = await table.Locator("thead th").EvaluateAllAsync<string[]>(
                "ths => ths.map(t => (t.dataset.csv ?? t.textContent).replace(/\\s+/g, ' ').trim())");
            Assert.Equal(string.Join(';', header), lines[0].Replace("\"", "", StringComparison.Ordinal));
            var rows = await table.Locator("tbody tr:not(.empty), tfoot tr").CountAsync();
            Assert.Equal(1 + rows, lines.Length);
        }

        foreach (var name in new[] { "karte", "verlauf", "investitionen" })
        {
            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId($"png-{name}").ClickAsync());
            Assert.Equal($"{name}.png", download.SuggestedFilename);
            var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
            Assert.True(bytes.Length > 5_000 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G', $"{name}.png: {bytes.Length} bytes");
            await File.WriteAllBytesAsync(Path.Combine(DashboardFixture.ArtifactsFolder, $"download-{name}.png"), bytes);
        }

        Assert.Empty(_problems);
    }

    private static async Task AssertNoHorizontalScrollAsync(IPage page, string what)
    {
        var (scroll, client) = (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"),
            await page.EvaluateAsync<int>("() => document.documentElement.clientWidth"));
        var wide = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('body *')].map(e => [e, e.getBoundingClientRect().right]).sort((a, b) => b[1] - a[1]).slice(0, 8).map(([e, r]) => `${e.tagName}.${e.getAttribute('class')}#${e.id} right ${Math.round(r)}`)");
        Assert.True(scroll <= client, $"{what}: the page is {scroll} px wide in {client} px: {string.Join(", ", wide)}");
    }
}
