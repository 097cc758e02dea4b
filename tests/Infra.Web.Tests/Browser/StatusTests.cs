using System.Globalization;
using Microsoft.Playwright;

namespace Infra.Web.Tests.Browser;

/// <summary>
/// Issue 12.3: the headline shows the programme status of <c>GET /api/status</c> — the forecast at the deadline as a
/// traffic light with its counts, Ist − Ausgangsplan in percentage points, WLAN Ist against plan, the Datenstand line,
/// the three-line curve with the Stichtag, sites at risk ringed on the map and the report download; at three sizes.
/// </summary>
[Collection(DashboardBrowserGroup.Name)]
public sealed class StatusTests(DashboardFixture fixture)
{
    private readonly List<string> _problems = [];

    [BrowserTheory]
    [InlineData("telefon")]
    [InlineData("laptop")]
    [InlineData("wand-1920")]
    public async Task Headline_curve_map_and_report_show_what_the_status_api_says(string viewName)
    {
        var view = DashboardView.Named(viewName);
        var status = await fixture.GetJsonAsync("/api/status");
        var headline = status.GetProperty("headline");
        var page = await view.OpenAsync(fixture, _problems);

        var forecast = page.GetByTestId("forecast");
        await Assertions.Expect(forecast).ToBeVisibleAsync();
        Assert.Equal(headline.GetProperty("light").GetString(), await forecast.GetAttributeAsync("data-light"));
        await Assertions.Expect(page.GetByTestId("forecast-label")).ToHaveTextAsync(headline.GetProperty("light_label").GetString()!);
        var counts = GermanNumbers.Normalize(await page.GetByTestId("forecast-counts").InnerTextAsync());
        Assert.Equal(
            $"{headline.GetProperty("forecast_connected").GetInt32()} angebunden · {headline.GetProperty("forecast_bridged").GetInt32()} überbrückt · " +
            $"{headline.GetProperty("forecast_missed").GetInt32()} verfehlt",
            counts.Replace(".", "", StringComparison.Ordinal));

        GermanNumbers.AssertPercentShows(headline.GetProperty("connected_share").GetDouble(), await page.GetByTestId("headline-share").InnerTextAsync(), "Ist");
        GermanNumbers.AssertPercentShows(headline.GetProperty("planned_share").GetDouble(), await page.GetByTestId("headline-planned").InnerTextAsync(), "Plan");
        var difference = page.GetByTestId("headline-difference");
        Assert.Equal(headline.GetProperty("difference_points").GetDouble(),
            double.Parse((await difference.GetAttributeAsync("data-value"))!, CultureInfo.InvariantCulture), 9);
        Assert.EndsWith("Pp.", await difference.InnerTextAsync(), StringComparison.Ordinal);
        var wlan = GermanNumbers.Normalize(await page.GetByTestId("headline-wlan").InnerTextAsync());
        Assert.Contains("(Plan ", wlan, StringComparison.Ordinal);
        GermanNumbers.AssertPercentShows(headline.GetProperty("wlan_share").GetDouble(), wlan[..wlan.IndexOf(" (", StringComparison.Ordinal)], "WLAN Ist");

        var dataState = page.GetByTestId("data-state");
        await Assertions.Expect(dataState).ToBeVisibleAsync();
        await Assertions.Expect(dataState).ToHaveTextAsync(status.GetProperty("data").GetProperty("note").GetString()!);

        // The curve: three lines and the Stichtag marker.
        var labels = await page.EvaluateAsync<string[]>("() => Chart.getChart('curve-chart').data.datasets.map(d => d.label)");
        Assert.Equal(["Ausgangsplan", "Ist", "Fortschreibung"], labels.Take(3));
        Assert.Contains(labels, l => l.StartsWith("Stichtag ", StringComparison.Ordinal));

        // Sites at risk carry the ring on the map.
        var risks = status.GetProperty("risks").EnumerateArray().Select(r => r.GetProperty("site_id").GetString()).ToHashSet();
        var shown = await page.Locator(".site-icon").EvaluateAllAsync<string[][]>("ms => ms.map(m => [m.dataset.siteId, String(m.classList.contains('risk'))])");
        Assert.All(shown.Where(m => risks.Contains(m[0])), m => Assert.Equal("true", m[1]));

        // The report download is a PDF.
        var link = page.GetByTestId("report-link");
        await Assertions.Expect(link).ToBeVisibleAsync();
        using (var pdf = await fixture.Api.GetAsync(await link.GetAttributeAsync("href")))
        {
            Assert.True(pdf.IsSuccessStatusCode, $"report: HTTP {(int)pdf.StatusCode}");
            Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        }

        await view.ScreenshotAsync(page, "sachstand", fullPage: !view.IsWall);
        Assert.Empty(_problems);
    }
}
