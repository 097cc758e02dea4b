using Infra.Data;
using Infra.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Infra.Web.Tests.Browser;

/// <summary>
/// The real app (InfraWebApp) on Kestrel at 127.0.0.1 on a free port, serving the dashboard from the wwwroot the build
/// copied beside the tests. The database is the web tests' own: <see cref="WebAppFixture"/> creates the temp SQLite
/// database, imports the city's layers and seeds the stored plan, so both kinds of test read the same data.
/// </summary>
internal sealed class DashboardApp : IAsyncDisposable
{
    private readonly WebAppFixture _data;
    private readonly WebApplication _app;

    private DashboardApp(WebAppFixture data, WebApplication app, Uri baseAddress)
    {
        _data = data;
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<DashboardApp> StartAsync()
    {
        var data = new WebAppFixture();
        await data.InitializeAsync();
        var webRoot = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (!File.Exists(Path.Combine(webRoot, "index.html")))
        {
            throw new InvalidOperationException($"{webRoot}/index.html is missing: the Infra.Web build copies the dashboard there (see docs/dashboard.md).");
        }

        var app = await InfraWebApp.CreateAsync(new WebOptions
        {
            Database = DatabaseOptions.Sqlite(Path.Combine(data.DataFolder, "infra.db")),
            DataFolder = data.DataFolder,
            ScenarioFolder = Path.Combine(WebAppFixture.RepoRoot, "scenarios"),
            WebRoot = webRoot,
            Urls = "http://127.0.0.1:0",
            EnableJobs = false,
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new DashboardApp(data, app, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _data.DisposeAsync();
    }
}
