using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Infra.Web.Tests.Browser;

/// <summary>
/// Issue 15.3: the dashboard's words come from the one glossary (GET /api/glossary), names in German order, one date
/// format, and Barwert/NPV, OPEX and Lücke explained where they appear.
/// </summary>
[Collection(DashboardBrowserGroup.Name)]
public sealed partial class WordsTests(DashboardFixture fixture)
{
    private readonly List<string> _problems = [];

    [BrowserTheory]
    [InlineData("telefon")]
    [InlineData("laptop")]
    [InlineData("wand-1920")]
    public async Task Labels_come_from_the_glossary_in_german_order_with_one_date_format(string viewName)
    {
        var view = DashboardView.Named(viewName);
        var glossary = await GlossaryAsync();
        var kpis = await fixture.GetJsonAsync("/api/kpis/current");
        var page = await view.OpenAsync(fixture, _problems);

        // The filters: technologies and statuses labelled by the glossary; districts in the server's German order.
        if (!view.IsWall)
        {
            var technologies = await page.Locator("[data-testid='filter-technology'] option:not([value=''])").EvaluateAllAsync<string[][]>(
                "os => os.map(o => [o.value, o.textContent])");
            Assert.NotEmpty(technologies);
            Assert.All(technologies, t => Assert.Equal(glossary["technology"][t[0]].Label, t[1]));
            var statuses = await page.Locator("[data-testid='filter-status'] option:not([value=''])").EvaluateAllAsync<string[][]>(
                "os => os.map(o => [o.value, o.textContent])");
            Assert.Equal(["connected", "planned", "risk"], statuses.Select(s => s[0]));
            Assert.All(statuses, s => Assert.Equal(glossary["site_status"][s[0]].Label, s[1]));
            var districts = await page.Locator("[data-testid='filter-district'] option:not([value=''])").AllInnerTextsAsync();
            Assert.Equal(kpis.GetProperty("by_district").EnumerateArray().Select(d => d.GetProperty("key").GetString()), districts);

            // The terms: NPV, OPEX and the gap with the glossary's explanation.
            foreach (var term in new[] { "npv", "opex", "gap", "capex" })
            {
                var dt = page.Locator($"[data-testid='terms'] dt[data-key='{term}']");
                await Assertions.Expect(dt).ToHaveTextAsync(glossary["term"][term].Label);
                Assert.Equal(glossary["term"][term].Explanation, await dt.EvaluateAsync<string>("d => d.nextElementSibling.textContent"));
            }

            Assert.Equal(glossary["term"]["npv"].Label, await page.Locator("[data-testid='compare-row'][data-key='npv'] th").EvaluateAsync<string>("th => th.firstChild.textContent"));
            await Assertions.Expect(page.Locator("[data-testid='compare-row'][data-key='npv'] .term-note")).ToHaveTextAsync(glossary["term"]["npv"].Explanation!);
        }

        // The legend: one entry per technology, with the glossary's word.
        var legend = await page.GetByTestId("map-legend").InnerTextAsync();
        foreach (var code in new[] { "fibre", "radio", "leased", "keep" })
        {
            Assert.Contains(glossary["technology"][code].Label, legend, StringComparison.Ordinal);
        }

        // One date format: dd.MM.yyyy, never a two-digit year.
        var text = await page.Locator("body").InnerTextAsync();
        Assert.DoesNotMatch(ShortDate(), text);
        Assert.Matches(LongDate(), text);
        Assert.Empty(_problems);
    }

    private async Task<Dictionary<string, Dictionary<string, (string Label, string? Explanation)>>> GlossaryAsync()
    {
        var document = await fixture.GetJsonAsync("/api/glossary");
        return document.GetProperty("domains").EnumerateArray().ToDictionary(
            d => d.GetProperty("name").GetString()!,
            d => d.GetProperty("entries").EnumerateArray().ToDictionary(
                e => e.GetProperty("code").GetString()!,
                e => (e.GetProperty("label").GetString()!,
                    e.TryGetProperty("explanation", out var x) && x.ValueKind == JsonValueKind.String ? x.GetString() : null)));
    }

    [GeneratedRegex(@"\b\d{2}\.\d{2}\.\d{2}\b(?!\d)")]
    private static partial Regex ShortDate();

    [GeneratedRegex(@"\b\d{2}\.\d{2}\.\d{4}\b")]
    private static partial Regex LongDate();
}
