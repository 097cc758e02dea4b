using System.Text;
using Infra.Core.Network;
using Infra.Data;
using Infra.Data.Import;
using Infra.Data.Plans;
using Infra.Data.Progress;
using Infra.Data.Progress.Synthetic;
using Infra.Data.Store;
using Infra.Geo.Csv;
using Infra.Geo.Layers;
using Infra.Planning.Pipeline;
using Infra.Planning.Export;
using Infra.Planning.Schedule;
using Infra.Scenarios;
using Infra.Status.Replan;
using Infra.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace Infra.Web.Tests.Story;

/// <summary>
/// The default story end to end, once for all its tests, as README's main command runs it but in-process and with shorter
/// time limits: the default geodata imported, the default scenario planned from its start as the Ausgangsplan, seeded
/// synthetic progress as of the fixed Stichtag 2026-12-02 recorded, the Fortschreibung with its outlook made and stored,
/// and the app serving it on a test server (the clock stands on the Stichtag).
/// </summary>
public sealed class DefaultStoryFixture : IAsyncLifetime, IDisposable
{
    public static readonly DateOnly Stichtag = new(2026, 12, 2);

    private readonly TempFolder _temp = new("infra-story-tests-");

    public InfraDatabase Database { get; private set; } = null!;

    public long BaselineVersion { get; private set; }

    public ReplanResult Replan { get; private set; } = null!;

    public WebApplication App { get; private set; } = null!;

    public TimeProvider Clock { get; } = new StandingClock(new DateTimeOffset(Stichtag.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));

    public async Task InitializeAsync()
    {
        var options = DatabaseOptions.Sqlite(Path.Combine(_temp.Path, "infra.db"));
        Database = await InfraDatabase.OpenAsync(options);
        await new LayerImporter(Database).ImportAsync(LayerImport.All(DefaultGeodata()));

        var scenario = ScenarioFile.Load(Path.Combine(WebAppFixture.RepoRoot, "scenarios", "dortmund-2028.yaml"));
        scenario = scenario with { Solver = scenario.Solver with { TimeLimitSeconds = 30 } };
        var inventory = await new LayerStore(Database).LoadInventoryAsync();
        var baseline = await PlanningPipeline.RunAsync(scenario, inventory, null, new ScheduleOptions { TimeLimitSeconds = 10 });
        var plans = new PlanStore(Database, Clock);
        BaselineVersion = await plans.SaveAsync(PlanExporter.Export(baseline),
            new PlanSaveOptions(ScenarioFile.ToYaml(scenario), Label: PlanLabels.Baseline, PlanningStart: scenario.PlanningStart));

        var reports = LaggingProgress.Generate(await plans.SitesAsync(BaselineVersion), await plans.TrenchesAsync(BaselineVersion),
            scenario.PlanningStart, Stichtag, seed: 2028);
        var progress = new ProgressStore(Database, Clock);
        await progress.ImportAsync("fortschritt-meilensteine-synthetisch.csv", new MemoryStream(Encoding.UTF8.GetBytes(reports.Milestones)), "synthetisch");
        await progress.ImportAsync("fortschritt-trassen-synthetisch.csv", new MemoryStream(Encoding.UTF8.GetBytes(reports.Trenches)), "synthetisch");

        Replan = await ReplanRunner.RunAsync(Database, Stichtag, null, new ReplanSettings(DesignSeconds: 20, ScheduleSeconds: 10, VerifySeconds: 3), Clock);
        App = await InfraWebApp.CreateAsync(new WebOptions { Database = options, DataFolder = _temp.Path, EnableJobs = false, Time = Clock },
            b => b.WebHost.UseTestServer());
        await App.StartAsync();
    }

    public HttpClient Client() => App.GetTestClient();

    public async Task DisposeAsync()
    {
        if (App is not null)
        {
            await App.DisposeAsync();
        }
    }

    public void Dispose() => _temp.Dispose();

    private static GeoInventory DefaultGeodata()
    {
        var geodata = Path.Combine(WebAppFixture.RepoRoot, "geodata");
        string F(string name) => Path.Combine(geodata, name);
        return new GeoInventory
        {
            Sites = LayerFiles.ReadSites(F("liegenschaften-synthetisch.geojson")).Concat(SchoolCsv.Read(F("schulen-dortmund-2024-25.csv")))
                .DistinctBy(s => s.Id.Value).ToList(),
            Routes = LayerFiles.ReadRoutes(F("lwl-trassen-synthetisch.geojson")),
            AccessPoints = LayerFiles.ReadAccessPoints(F("lwl-zugangspunkte-synthetisch.geojson")),
            Streets = LayerFiles.ReadStreets(F("strassen-synthetisch.geojson")),
            Hubs = LayerFiles.ReadHubs(F("richtfunk-standorte-synthetisch.geojson")),
            Obstacles = LayerFiles.ReadObstacles(F("gebaeude-synthetisch.geojson")),
        };
    }

    private sealed class StandingClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
