using Infra.Data;
using Infra.Data.Plans;
using Infra.Planning.Export;
using Infra.Data.Tests.Support;
using Infra.Jobs;
using Infra.Web.Auth;
using Infra.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Infra.Web.Tests.Browser;

/// <summary>
/// The real app (InfraWebApp) on Kestrel at 127.0.0.1 on a free port, serving the dashboard from the wwwroot the build
/// copied beside the tests, over a temp SQLite database holding the data tests' small planned town (<see cref="SmallPlan"/>)
/// stored twice: as a plan and as a second version based on it, so that the comparison has two plans, and one queued job run.
/// </summary>
internal sealed class DashboardApp : IAsyncDisposable
{
    private readonly TempFolder _folder;
    private readonly WebApplication _app;

    private DashboardApp(TempFolder folder, WebApplication app, Uri baseAddress)
    {
        _folder = folder;
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>A Planer API key of the app (its demo credentials), for the Hangfire dashboard.</summary>
    public string PlanerKey => _app.Services.GetRequiredService<CredentialSet>().ApiKeys.First(k => k.Role == Roles.Planer).Key;

    public static async Task<DashboardApp> StartAsync()
    {
        var webRoot = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (!File.Exists(Path.Combine(webRoot, "index.html")))
        {
            throw new InvalidOperationException($"{webRoot}/index.html is missing: the Infra.Web build copies the dashboard there (see docs/dashboard.md).");
        }

        var folder = new TempFolder("infra-dashboard-", Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools);
        var database = DatabaseOptions.Sqlite(Path.Combine(folder.Path, "infra.db"));
        var (db, outcome, version) = await SmallPlan.StoredAsync(database);
        await new PlanStore(db).SaveAsync(PlanExporter.Export(outcome), new PlanSaveOptions(SmallPlan.ScenarioYaml, BasedOnVersion: version), CancellationToken.None);

        var app = await InfraWebApp.CreateAsync(new WebOptions
        {
            Database = database,
            DataFolder = folder.Path,
            ScenarioFolder = Path.Combine(WebAppFixture.RepoRoot, "scenarios"),
            WebRoot = webRoot,
            Urls = "http://127.0.0.1:0",
            EnableJobs = false,
        });
        await app.StartAsync();
        // One queued run for the job list (jobs are off here, so it stays queued).
        await app.Services.GetRequiredService<IJobService>().TriggerAsync(JobKind.KpiSnapshot, "browser-test", CancellationToken.None);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new DashboardApp(folder, app, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _folder.Dispose();
    }
}
