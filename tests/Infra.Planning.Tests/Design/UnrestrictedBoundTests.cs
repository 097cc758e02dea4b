using Infra.Core.Network;
using Infra.Core.Scenarios;
using Infra.Synthetic;
using Infra.Planning.Design;
using Infra.Planning.Instance;
using Infra.Planning.Tests.Support;
using Infra.Planning.Preparation;

namespace Infra.Planning.Tests.Design;

/// <summary>
/// A design restricted to a few paths per site is reported with a bound proven on the whole candidate graph:
/// the bound must not exceed the optimum on the whole graph, which is solved separately for the comparison. The same
/// holds for the bound summed over blocks with split costs that stands in for one LP on very large graphs.
/// </summary>
public sealed class UnrestrictedBoundTests
{
    private static GeoInventory SmallCity() => CitySynthesizer.Generate(new SynthesisOptions
    {
        Seed = 77,
        Districts = [new DistrictCentre("Mitte", 392_000, 5_707_000), new DistrictCentre("Nord", 394_500, 5_709_000)],
        SiteCounts = new SyntheticSiteCounts { Kita = 20, Office = 8, FireStation = 3, Library = 2, YouthCentre = 5, SportsFacility = 4, Other = 3 },
        StreetSegmentTarget = 1_500,
        BackboneTargetKm = 15,
        RadioHubCount = 3,
        ObstacleCount = 0,
        CityWidthM = 6_000,
        CityHeightM = 5_000,
    });

    private static Scenario WithPaths(int paths) => new()
    {
        Name = $"paths-{paths}",
        Solver = new SolverSettings { PathsPerSite = paths, TimeLimitSeconds = 60 },
    };

    [Fact]
    public void Bound_of_a_restricted_design_holds_for_the_whole_graph()
    {
        var city = SmallCity();
        var restricted = PlanningInstanceBuilder.Build(WithPaths(1), city);
        var whole = PlanningInstanceBuilder.Build(WithPaths(0), city);
        Assert.NotNull(restricted.UnrestrictedGraph);
        Assert.Null(whole.UnrestrictedGraph);
        Assert.True(restricted.Graph.Edges.Count < whole.Graph.Edges.Count);

        var onRestricted = NetworkDesignOptimizer.Optimize(restricted);
        var onWhole = NetworkDesignOptimizer.Optimize(whole);

        Assert.Empty(PlanChecker.Check(restricted, onRestricted.Design));
        Assert.Empty(PlanChecker.Check(whole, onWhole.Design));
        Assert.Contains("vollständige", onRestricted.BoundLabel, StringComparison.Ordinal);
        Assert.NotNull(onRestricted.RestrictedBound);
        Assert.Null(onWhole.RestrictedBound);

        // Both bounds are valid for the whole graph, so neither may exceed the best design found on it.
        Assert.True(onRestricted.BestBound <= onWhole.Objective + 1e-6, $"{onRestricted.BestBound} > {onWhole.Objective}");
        Assert.True(onWhole.BestBound <= onWhole.Objective + 1e-6);
        Assert.True(onRestricted.BestBound <= onRestricted.Objective + 1e-6);

        // The sum over blocks with split costs is a bound for the whole graph too, whichever grid cuts it.
        foreach (var (across, down) in new[] { (2, 1), (2, 2), (3, 2) })
        {
            var (blocks, count) = BlockDecompositionBound.Compute(whole, across, down, 60, Infra.Planning.Solver.LpEngine.Glop, null, CancellationToken.None);
            Assert.Equal(across * down, count);
            Assert.False(double.IsNegativeInfinity(blocks));
            Assert.True(blocks <= onWhole.Objective + 1e-6, $"{across}x{down} blocks: {blocks} > {onWhole.Objective}");
        }

        // A design on the restricted graph is one on the whole graph: the whole graph's optimum is no dearer.
        if (onWhole.Status == "optimal")
        {
            Assert.True(onWhole.Objective <= onRestricted.Objective + 1e-6, $"{onWhole.Objective} > {onRestricted.Objective}");
        }
    }
}
