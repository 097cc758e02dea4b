using Infra.Data;
using Infra.Data.Tests.Support;
using Infra.Planning.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;

namespace Infra.Web.Tests.Support;

/// <summary>The app over a database holding the small planned town of the data tests, saved once as a plan version.</summary>
public sealed class PlanAppFixture : IAsyncLifetime, IDisposable
{
    private readonly TempFolder temp = new("infra-web-plan-", Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools);

    public WebApplication App { get; private set; } = null!;

    public InfraDatabase Database { get; private set; } = null!;

    public PlanOutcome Outcome { get; private set; } = null!;

    public long Version { get; private set; }

    public async Task InitializeAsync()
    {
        var options = DatabaseOptions.Sqlite(Path.Combine(temp.Path, "infra.db"));
        (Database, Outcome, Version) = await SmallPlan.StoredAsync(options);
        App = await WebAppFixture.StartAsync(new WebOptions
        {
            Database = options, DataFolder = temp.Path, EnableJobs = false, ScenarioFolder = Path.Combine(WebAppFixture.RepoRoot, "scenarios"),
        });
    }

    public HttpClient Client() => App.GetTestClient();

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
    }

    public void Dispose() => temp.Dispose();
}
