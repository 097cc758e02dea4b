using System.Text.Json;
using Microsoft.Playwright;

namespace Infra.Web.Tests.Browser;

/// <summary>
/// Issue 15.4: a Planer runs a scenario chosen by its description, sees its progress and cancels it; the job list
/// cancels too; the comparison has a difference column and says when there is nothing to compare.
/// </summary>
[Collection(DashboardBrowserGroup.Name)]
public sealed class PlanerTests(DashboardFixture fixture)
{
    private readonly List<string> _problems = [];

    [BrowserFact]
    public async Task Planer_runs_a_scenario_chosen_by_its_description_sees_its_progress_and_cancels_it()
    {
        if (fixture.PlanerKey is not { } key)
        {
            return;   // an app running elsewhere: its keys are unknown here
        }

        var scenarios = (await fixture.GetJsonAsync("/api/scenarios")).EnumerateArray()
            .Where(s => s.GetProperty("description").GetString() is { Length: > 0 } && s.GetProperty("error").ValueKind == JsonValueKind.Null).ToArray();
        Assert.NotEmpty(scenarios);
        var scenario = scenarios[0];
        var page = await DashboardView.Laptop.OpenAsync(fixture, _problems);

        // The select offers the description; the file name is shown beside it.
        var select = page.GetByTestId("planer-scenario");
        await select.SelectOptionAsync(new SelectOptionValue { Label = scenario.GetProperty("description").GetString()! });
        Assert.Equal(scenario.GetProperty("name").GetString(), await select.InputValueAsync());
        await Assertions.Expect(page.GetByTestId("planer-scenario-file")).ToContainTextAsync(scenario.GetProperty("file").GetString()!);

        await page.GetByTestId("planer-key").FillAsync(key);
        await page.GetByTestId("planer-run").ClickAsync();
        var state = page.GetByTestId("planer-state");
        await Assertions.Expect(page.GetByTestId("planer-status")).ToBeVisibleAsync();
        await Assertions.Expect(state).ToContainTextAsync("Lauf ");
        var runId = (await state.InnerTextAsync()).Split(' ')[1].TrimEnd(':');
        var run = await fixture.GetJsonAsync($"/api/jobs/{runId}");
        Assert.Contains(run.GetProperty("kind").ToString(), new[] { "Solve", "solve", "0" });
        await Assertions.Expect(page.GetByTestId("planer-progress")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator($"[data-testid='job-row'][data-key='{runId}']")).ToBeVisibleAsync();
        await DashboardView.Laptop.ScreenshotAsync(page, "planer");

        await page.GetByTestId("planer-cancel").ClickAsync();
        await Assertions.Expect(state).ToHaveAttributeAsync("data-value", "cancelled");
        await Assertions.Expect(state).ToContainTextAsync("abgebrochen");
        Assert.Equal("cancelled", (await fixture.GetJsonAsync($"/api/jobs/{runId}")).GetProperty("state").GetString()!.ToLowerInvariant());
        await Assertions.Expect(page.Locator($"[data-testid='job-row'][data-key='{runId}'] [data-testid='job-state']")).ToHaveTextAsync("abgebrochen");
        Assert.Empty(_problems);
    }

    [BrowserFact]
    public async Task Comparison_shows_b_minus_a_and_hints_when_the_same_or_only_one_plan_exists()
    {
        var plans = (await fixture.GetJsonAsync("/api/plans")).EnumerateArray().ToArray();
        var page = await DashboardView.Laptop.OpenAsync(fixture, _problems);
        var a = await page.GetByTestId("compare-a").InputValueAsync();
        var b = await page.GetByTestId("compare-b").InputValueAsync();
        Assert.NotEqual(a, b);
        var compared = (await fixture.GetJsonAsync($"/api/compare?versions={a},{b}")).EnumerateArray().ToArray();
        await Assertions.Expect(page.GetByTestId("compare-difference-head")).ToHaveTextAsync("Differenz B − A");
        var npvDifference = page.Locator("[data-testid='compare-row'][data-key='npv'] [data-testid='compare-difference']");
        var expected = compared[1].GetProperty("npv_eur").GetDouble() - compared[0].GetProperty("npv_eur").GetDouble();
        Assert.Equal(expected, double.Parse((await npvDifference.GetAttributeAsync("data-value"))!, System.Globalization.CultureInfo.InvariantCulture), 6);
        await Assertions.Expect(page.GetByTestId("compare-hint")).ToBeHiddenAsync();

        // The same plan twice: a hint, not a silent self-comparison.
        await page.GetByTestId("compare-a").SelectOptionAsync(b);
        await page.GetByTestId("compare-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("compare-hint")).ToContainTextAsync("derselbe Plan");
        Assert.Empty(_problems);

        // Only one plan stored (the list answered with the newest alone): the hint says so.
        var single = await fixture.OpenDashboardAsync(_problems, beforeLoad: p => p.RouteAsync("**/api/plans", route =>
            route.FulfillAsync(new RouteFulfillOptions { ContentType = "application/json", Body = $"[{plans[0].GetRawText()}]" })));
        await Assertions.Expect(single.GetByTestId("compare-hint")).ToContainTextAsync("nur einen gespeicherten Plan");
        await Assertions.Expect(single.GetByTestId("compare-plan")).ToHaveCountAsync(1);
        Assert.Empty(_problems);
    }
}
