using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Infra.Web.Tests.Browser;

/// <summary>
/// One running app and one Chromium for all browser tests: the real app on Kestrel at 127.0.0.1 (a browser cannot
/// reach WebApplicationFactory's in-memory TestServer), or, with INFRA_DASHBOARD_URL set, an app already running there.
/// </summary>
public sealed class DashboardFixture : IAsyncLifetime
{
    public const string UrlVariable = "INFRA_DASHBOARD_URL";

    private DashboardApp? _app;
    private IPlaywright? _playwright;

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Api { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>A Planer key of the app started here; null for an app already running elsewhere (its keys are unknown).</summary>
    public string? PlanerKey => _app?.PlanerKey;

    /// <summary>Where screenshots go: artifacts/ beside the test assembly.</summary>
    public static string ArtifactsFolder { get; } = Path.Combine(AppContext.BaseDirectory, "artifacts");

    public async Task InitializeAsync()
    {
        if (Chromium.SkipReason is not null)
        {
            return;   // every test is skipped; start nothing
        }

        if (Environment.GetEnvironmentVariable(UrlVariable) is { Length: > 0 } url)
        {
            BaseAddress = new Uri(url.EndsWith('/') ? url : url + "/");
        }
        else
        {
            var app = await DashboardApp.StartAsync();
            _app = app;
            BaseAddress = app.BaseAddress;
        }

        Api = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        // The machine running the tests may be loaded: expectations wait up to 15 s (what they assert stays the same).
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        Api?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    /// <summary>GET of one of the API addresses the dashboard reads; a failure names the address.</summary>
    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await Api.GetAsync(path.TrimStart('/'));
        Assert.True(response.IsSuccessStatusCode,
            $"GET {path}: HTTP {(int)response.StatusCode}; the dashboard needs this address (docs/service-contracts.md)");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>
    /// A page on the dashboard, loaded until it marks itself ready. Requests that leave 127.0.0.1 are aborted and
    /// collected in <paramref name="problems"/> (the page must work without the internet), and so are script errors and
    /// console errors (a failed request of the page logs one).
    /// </summary>
    public async Task<IPage> OpenDashboardAsync(
        List<string> problems, string query = "", int width = 1440, int height = 900, Func<IPage, Task>? beforeLoad = null)
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "de-DE",
            TimezoneId = "Europe/Berlin",
        });
        page.SetDefaultTimeout(15_000);
        await page.RouteAsync("**/*", async route =>
        {
            var host = new Uri(route.Request.Url).Host;
            if (host is "127.0.0.1" or "localhost" || host == BaseAddress.Host)
            {
                await route.ContinueAsync();
            }
            else
            {
                lock (problems)
                {
                    problems.Add("external request: " + route.Request.Url);
                }

                await route.AbortAsync();
            }
        });
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (problems)
                {
                    problems.Add("console error: " + message.Text);
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (problems)
            {
                problems.Add("script error: " + error);
            }
        };
        if (beforeLoad is not null)
        {
            await beforeLoad(page);
        }

        await page.GotoAsync(new Uri(BaseAddress, query).ToString());
        try
        {
            await page.WaitForSelectorAsync("body[data-ready='true']", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"the dashboard did not get ready; {string.Join(" | ", problems)}", e);
        }

        return page;
    }
}

[CollectionDefinition(Name)]
public sealed class DashboardBrowserGroup : ICollectionFixture<DashboardFixture>
{
    public const string Name = "dashboard in Chromium";
}
