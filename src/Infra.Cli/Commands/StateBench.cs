using Infra.Core.Network;
using Infra.Core.Scenarios;
using Infra.Synthetic;
using Infra.Planning.Evaluation;
using Infra.Planning.Instance;

namespace Infra.Cli.Commands;

/// <summary>
/// The state-sized bench entry: about 5,000 sites over 250 × 200 km (<see cref="StateSynthesizer"/>), a sparse
/// backbone, a few dozen masts, no streets, planned with the scenario's own (city-sized) budget and capacities.
/// </summary>
internal static class StateBench
{
    public const int DefaultSites = 5_000;

    public const double DefaultSeconds = 240;

    public static GeoInventory Inventory(int sites) => StateSynthesizer.Generate(new StateSynthesisOptions { SiteCount = sites });

    /// <summary>The scenario as given (default budget and capacities), on the whole k-nearest-neighbour graph.</summary>
    public static Scenario Scenario(Scenario scenario, int sites, double seconds) => scenario with
    {
        Name = $"land-{sites}",
        Solver = scenario.Solver with { TimeLimitSeconds = seconds, PathsPerSite = 0 },
    };

    /// <summary>Unserved sites by the limit that blocks them in the design; "none" must stay 0 (a site that still fits).</summary>
    public static IReadOnlyDictionary<string, int> UnservedFigures(PlanningInstance instance, NetworkDesign design) =>
        UnservedAnalysis.Analyze(instance, design)
            .GroupBy(u => u.PrimaryLimit)
            .OrderBy(g => g.Key)
            .ToDictionary(g => g.Key.ToString(), g => g.Count());
}
