using Microsoft.Playwright;

namespace Infra.Web.Tests.Browser;

/// <summary>
/// A screen the dashboard is used on: phone (390×844), laptop (1600×1000) and the wall (?wand=1) at 1366×768,
/// 1920×1080 and 3840×2160. Screenshots of a view go to the test artifacts under its name.
/// </summary>
public sealed record DashboardView(string Name, int Width, int Height, string Query)
{
    public static DashboardView Phone { get; } = new("telefon", 390, 844, "");

    public static DashboardView Laptop { get; } = new("laptop", 1600, 1000, "");

    public static DashboardView Wall1366 { get; } = new("wand-1366", 1366, 768, "?wand=1");

    public static DashboardView Wall1920 { get; } = new("wand-1920", 1920, 1080, "?wand=1");

    public static DashboardView Wall3840 { get; } = new("wand-3840", 3840, 2160, "?wand=1");

    public static IReadOnlyList<DashboardView> All { get; } = [Phone, Laptop, Wall1366, Wall1920, Wall3840];

    public static IReadOnlyList<DashboardView> Walls { get; } = [Wall1366, Wall1920, Wall3840];

    public static TheoryData<string> Names => new(All.Select(v => v.Name));

    public static DashboardView Named(string name) => All.Single(v => v.Name == name);

    public bool IsWall => Query.Contains("wand", StringComparison.Ordinal);

    public Task<IPage> OpenAsync(DashboardFixture fixture, List<string> problems, string fragment = "") =>
        fixture.OpenDashboardAsync(problems, Query + fragment, Width, Height);

    /// <summary>Saves a screenshot as artifacts/NAME-VIEW.png and returns the path.</summary>
    public async Task<string> ScreenshotAsync(IPage page, string what, bool fullPage = false)
    {
        Directory.CreateDirectory(DashboardFixture.ArtifactsFolder);
        var path = Path.Combine(DashboardFixture.ArtifactsFolder, $"{what}-{Name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        Console.WriteLine($"dashboard screenshot: {path}");
        return path;
    }
}
