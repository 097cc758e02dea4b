using Infra.Core.Network;
using Infra.Core.Scenarios;
using Infra.Synthetic;

namespace Infra.Bench.Instances;

/// <summary>
/// A generated region of 10,000 sites over about 62 × 46 km (seed 10,000), with money and civil-works capacity in
/// proportion to its sites, as a county would have; designs on the union of 4 cheap paths per site, the bound proven on
/// the whole graph; 6 minutes for the design, 3 for the schedule (the targets of issue 13).
/// </summary>
internal sealed class RegionInstance(int sites = 10_000) : BenchInstance
{
    private readonly CityInstance _city = new();

    public override string Name => $"region-{sites}";

    public override double ScheduleSeconds(Scenario scenario) => 180;

    public override (Scenario Scenario, GeoInventory Inventory) Load(string scenarioPath)
    {
        var (scenario, city) = _city.Load(scenarioPath);
        var region = Generate(sites);
        var scale = region.Sites.Count / (double)Math.Max(1, city.Sites.Count);
        var regional = scenario with
        {
            Name = Name,
            Solver = scenario.Solver with { TimeLimitSeconds = 360, PathsPerSite = 4 },
            Capacities = scenario.Capacities with
            {
                TrenchMetresPerQuarter = scenario.Capacities.TrenchMetresPerQuarter * scale,
                CapexBudgetPerYear = scenario.Capacities.CapexBudgetPerYear * scale,
                RadioInstallsPerQuarter = (int)Math.Ceiling(scenario.Capacities.RadioInstallsPerQuarter * scale),
                WlanSitesPerQuarter = (int)Math.Ceiling(scenario.Capacities.WlanSitesPerQuarter * scale),
                CapexBudgetByYear = scenario.Capacities.CapexBudgetByYear.ToDictionary(y => y.Key, y => y.Value * scale),
            },
        };
        return (regional, region);
    }

    /// <summary>A grid of 40 district centres; site counts of the synthetic city scaled to <paramref name="count"/>.</summary>
    internal static GeoInventory Generate(int count)
    {
        var districts = new List<DistrictCentre>();
        for (var row = 0; row < 5; row++)
        {
            for (var col = 0; col < 8; col++)
            {
                districts.Add(new DistrictCentre($"Bezirk {row + 1}-{col + 1}", 370_000 + (col * 7_500), 5_690_000 + (row * 8_000)));
            }
        }

        var defaults = new SyntheticSiteCounts();
        var scale = count / (double)defaults.Total;
        int S(int n) => (int)Math.Round(n * scale);
        return CitySynthesizer.Generate(new SynthesisOptions
        {
            Seed = 10_000,
            Districts = districts,
            SiteCounts = new SyntheticSiteCounts
            {
                Kita = S(defaults.Kita), Office = S(defaults.Office), FireStation = S(defaults.FireStation), Library = S(defaults.Library),
                YouthCentre = S(defaults.YouthCentre), SportsFacility = S(defaults.SportsFacility), Other = S(defaults.Other),
            },
            StreetSegmentTarget = 120_000,
            BackboneTargetKm = 900,
            RadioHubCount = 120,
            ObstacleCount = 0,
            CityWidthM = 62_000,
            CityHeightM = 46_000,
        });
    }
}
