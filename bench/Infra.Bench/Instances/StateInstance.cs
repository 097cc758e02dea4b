using Infra.Core.Network;
using Infra.Core.Scenarios;
using Infra.Synthetic;

namespace Infra.Bench.Instances;

/// <summary>
/// A generated state without streets (issue 11): about 5,000 sites over 250 × 200 km (<see cref="StateSynthesizer"/>,
/// seeded), a sparse backbone ring with spokes, a few dozen masts with fibre, planned on the whole
/// k-nearest-neighbour graph with the city scenario's own budget and capacities (so limits bind and the unserved sites
/// say which), 4 minutes for the design so that design and schedule fit ten minutes.
/// </summary>
internal sealed class StateInstance(int sites = 5_000) : BenchInstance
{
    private readonly CityInstance _city = new();

    public override string Name => $"land-{sites}";

    public override double ScheduleSeconds(Scenario scenario) => 180;

    public override (Scenario Scenario, GeoInventory Inventory) Load(string scenarioPath)
    {
        var (scenario, _) = _city.Load(scenarioPath);
        var state = scenario with
        {
            Name = Name,
            Solver = scenario.Solver with { TimeLimitSeconds = 240, PathsPerSite = 0 },
        };
        return (state, StateSynthesizer.Generate(new StateSynthesisOptions { SiteCount = sites }));
    }
}
