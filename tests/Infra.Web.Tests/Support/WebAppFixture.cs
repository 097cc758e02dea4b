using System.Net.Http.Headers;
using Infra.Data;
using Infra.Data.Import;
using Infra.Geo.Csv;
using Infra.Geo.Layers;
using Infra.Web.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Infra.Web.Tests.Support;

/// <summary>
/// The app on an in-memory test server over a temp SQLite database holding the default sites (synthetic and real
/// schools), LWL routes, access points and hubs; streets and obstacles are left out to keep the fixture fast.
/// </summary>
public sealed class WebAppFixture : IAsyncLifetime, IDisposable
{
    private readonly TempFolder temp = new("infra-web-tests-", Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools);

    public WebApplication App { get; private set; } = null!;

    public InfraDatabase Database { get; private set; } = null!;

    public CredentialSet Credentials { get; private set; } = null!;

    public string DataFolder => temp.Path;

    public static string RepoRoot { get; } = FindRoot();

    public async Task InitializeAsync()
    {
        var options = DatabaseOptions.Sqlite(Path.Combine(temp.Path, "infra.db"));
        Database = await InfraDatabase.OpenAsync(options);
        await ImportGeodataAsync(Database);
        await SeedAsync(Database);
        App = await StartAsync(new WebOptions
        {
            Database = options, DataFolder = temp.Path, EnableJobs = false, ScenarioFolder = Path.Combine(RepoRoot, "scenarios"),
            // The tests of this collection write and fail to sign in more often than a person would; the limits have their own tests.
            Args = ["--Web:RateLimit:WritesPerMinute=100000", "--Web:RateLimit:FailedAuthPerMinute=100000"],
        });
        Credentials = App.Services.GetRequiredService<CredentialSet>();
    }

    /// <summary>The fixture's layers (sites, schools, routes, access points, hubs) into <paramref name="database"/>.</summary>
    public static async Task ImportGeodataAsync(InfraDatabase database)
    {
        var geodata = Path.Combine(RepoRoot, "geodata");
        var sites = LayerFiles.ReadSites(Path.Combine(geodata, "liegenschaften-synthetisch.geojson"))
            .Concat(SchoolCsv.Read(Path.Combine(geodata, "schulen-dortmund-2024-25.csv")))
            .DistinctBy(s => s.Id.Value);
        await new LayerImporter(database).ImportAsync(
        [
            LayerImport.Sites(sites),
            LayerImport.Routes(LayerFiles.ReadRoutes(Path.Combine(geodata, "lwl-trassen-synthetisch.geojson"))),
            LayerImport.AccessPoints(LayerFiles.ReadAccessPoints(Path.Combine(geodata, "lwl-zugangspunkte-synthetisch.geojson"))),
            LayerImport.Hubs(LayerFiles.ReadHubs(Path.Combine(geodata, "richtfunk-standorte-synthetisch.geojson"))),
        ]);
    }

    /// <summary>Builds and starts an app on a test server.</summary>
    public static async Task<WebApplication> StartAsync(WebOptions options)
    {
        var app = await InfraWebApp.CreateAsync(options, b => b.WebHost.UseTestServer());
        await app.StartAsync();
        return app;
    }

    /// <summary>Hook for the plan data of later fixtures (kept separate so the geodata part stays small).</summary>
    private static Task SeedAsync(InfraDatabase database) => Task.CompletedTask;

    public HttpClient Client(string? role = null)
    {
        var client = App.GetTestClient();
        if (role is not null)
        {
            client.DefaultRequestHeaders.Add(ApiKeyHandler.HeaderName, Key(role));
        }

        return client;
    }

    public HttpClient BearerClient(string role)
    {
        var client = App.GetTestClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", AuthSetup.CreateToken(Credentials, "test-" + role, role, TimeProvider.System, TimeSpan.FromMinutes(10)));
        return client;
    }

    public string Key(string role) => Credentials.ApiKeys.First(k => k.Role == role).Key;

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
    }

    public void Dispose() => temp.Dispose();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Infra.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Infra.sln not found above " + AppContext.BaseDirectory);
    }
}

[CollectionDefinition(Name)]
public sealed class WebTestGroup : ICollectionFixture<WebAppFixture>
{
    public const string Name = "web";
}

/// <summary>Test-client helpers for apps other than the shared fixture's.</summary>
public static class TestClients
{
    public static HttpClient GetTestClientWithKey(this WebApplication app, string key)
    {
        var client = app.GetTestClient();
        client.DefaultRequestHeaders.Add(ApiKeyHandler.HeaderName, key);
        return client;
    }
}
