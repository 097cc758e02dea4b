using System.Diagnostics;
using Infra.Planning.Graph;
using Xunit.Abstractions;
using static Infra.Planning.Tests.Graph.GraphFixtures;

namespace Infra.Planning.Tests.Graph;

/// <summary>A city-sized synthetic grid: checks structure, and writes timings (not asserted) to the test output.</summary>
public sealed class CandidateGraphScaleTests(ITestOutputHelper output)
{
    [Fact]
    public void Build_and_reduce_city_sized_grid_reach_every_site()
    {
        var (sites, network) = CandidateGraphReducerTests.GridCity(new Random(11), 112, 900);
        var candidates = Enumerable.Range(0, sites.Count).ToHashSet();

        var clock = Stopwatch.StartNew();
        var graph = new CandidateGraphBuilder(DefaultCosts, new()).Build(sites, candidates, network);
        var build = clock.Elapsed;
        var exact = CandidateGraphReducer.Reduce(graph, 0);
        var exactTime = clock.Elapsed - build;
        var restricted = CandidateGraphReducer.Reduce(graph, 4);
        var restrictedTime = clock.Elapsed - build - exactTime;

        output.WriteLine($"segments {network.Streets.Count}, "
            + $"graph {graph.Nodes.Count}/{graph.Edges.Count} in {build.TotalMilliseconds:F0} ms; "
            + $"exact {exact.Nodes.Count}/{exact.Edges.Count} in {exactTime.TotalMilliseconds:F0} ms; "
            + $"paths=4 {restricted.Nodes.Count}/{restricted.Edges.Count} in {restrictedTime.TotalMilliseconds:F0} ms");
        Assert.Empty(graph.Stats.SitesWithoutFibreAccess);
        Assert.Equal(1, graph.Stats.StreetComponents);
        Assert.Equal(900, restricted.SiteNode.Count);
        Assert.True(restricted.Edges.Count < exact.Edges.Count);
    }
}
