using Infra.Core.Network;
using Infra.Data;
using Infra.Data.Import;
using Infra.Synthetic;

namespace Infra.Jobs.Tests.Support;

/// <summary>A small synthetic town imported into the database plus a scenario file "klein" planning it in seconds.</summary>
internal static class TinyCity
{
    public const string Scenario = "klein";

    /// <summary>A town big enough that CBC runs into its time limit: a solve that is surely still running after seconds.</summary>
    public static Task SeedSlowAsync(TestDatabase db) => SeedAsync(db, timeLimitSeconds: 6, kitas: 80, streets: 3000);

    public static async Task SeedAsync(TestDatabase db, int timeLimitSeconds = 1, int kitas = 8, int streets = 400)
    {
        var inventory = CitySynthesizer.Generate(new SynthesisOptions
        {
            Seed = 11,
            Districts = [new DistrictCentre("Nord", 393_000, 5_712_000), new DistrictCentre("Süd", 394_500, 5_705_000)],
            SiteCounts = new SyntheticSiteCounts { Kita = kitas, Office = 3, FireStation = 1, Library = 1, YouthCentre = 1, SportsFacility = 1, Other = 1 },
            StreetSegmentTarget = streets,
            BackboneTargetKm = 8,
            RadioHubCount = 2,
            ObstacleCount = 0,
            CityWidthM = 4_000,
            CityHeightM = 6_000,
        });
        var database = await InfraDatabase.OpenAsync(db.Options);
        await new LayerImporter(database).ImportAsync(LayerImport.All(inventory));
        WriteScenario(db, timeLimitSeconds);
    }

    public static void WriteScenario(TestDatabase db, int timeLimitSeconds)
    {
        Directory.CreateDirectory(db.Scenarios);
        File.WriteAllText(Path.Combine(db.Scenarios, Scenario + ".yaml"), $"""
            name: {Scenario}
            solver:
              time_limit_seconds: {timeLimitSeconds}
            """);
    }
}
