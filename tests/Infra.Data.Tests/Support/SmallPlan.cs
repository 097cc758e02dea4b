using Infra.Core.Network;
using Infra.Core.Scenarios;
using Infra.Data.Import;
using Infra.Data.Plans;
using Infra.Synthetic;
using Infra.Planning.Export;
using Infra.Planning.Pipeline;
using Infra.Planning.Schedule;

namespace Infra.Data.Tests.Support;

/// <summary>
/// A small synthetic town planned once per test run (CBC, a few seconds) and shared by the tracking tests; the layers
/// can be imported into a test database so that progress reports find their sites.
/// </summary>
internal static class SmallPlan
{
    public const string ScenarioYaml = "name: klein\nsolver:\n  time_limit_seconds: 5\n";

    private static readonly Lazy<Task<(GeoInventory Inventory, PlanOutcome Outcome)>> Shared = new(CreateAsync);

    public static Task<(GeoInventory Inventory, PlanOutcome Outcome)> GetAsync() => Shared.Value;

    /// <summary>Opens the database, imports the town's layers and saves the plan; returns the store and the version.</summary>
    public static async Task<(InfraDatabase Db, PlanOutcome Outcome, long Version)> StoredAsync(DatabaseOptions options)
    {
        var (inventory, outcome) = await GetAsync();
        var db = await InfraDatabase.OpenAsync(options);
        await new LayerImporter(db).ImportAsync(LayerImport.All(inventory));
        var version = await new PlanStore(db).SaveAsync(PlanExporter.Export(outcome), new PlanSaveOptions(ScenarioYaml));
        return (db, outcome, version);
    }

    private static async Task<(GeoInventory, PlanOutcome)> CreateAsync()
    {
        // Two districts, 20 synthetic sites, no obstacles: big enough for trenches, links and a schedule, small enough for seconds.
        var inventory = CitySynthesizer.Generate(new SynthesisOptions
        {
            Seed = 11, StreetSegmentTarget = 600, BackboneTargetKm = 12, RadioHubCount = 2, ObstacleCount = 0, CityWidthM = 5_000, CityHeightM = 7_000,
            Districts = [new DistrictCentre("Nord", 393_000, 5_712_000), new DistrictCentre("Süd", 394_500, 5_705_000)],
            SiteCounts = new SyntheticSiteCounts { Kita = 8, Office = 4, FireStation = 2, Library = 1, YouthCentre = 2, SportsFacility = 2, Other = 1 },
        });
        var scenario = new Scenario { Name = "klein", Solver = new SolverSettings { TimeLimitSeconds = 5 } };
        var outcome = await PlanningPipeline.RunAsync(scenario, inventory, null, new ScheduleOptions { TimeLimitSeconds = 3 });
        return (inventory, outcome);
    }
}
