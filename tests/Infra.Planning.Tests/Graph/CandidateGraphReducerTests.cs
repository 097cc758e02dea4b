using Infra.Core.Network;
using Infra.Core.Sites;
using Infra.Planning.Graph;
using static Infra.Planning.Tests.Graph.GraphFixtures;

namespace Infra.Planning.Tests.Graph;

public sealed class CandidateGraphReducerTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void Reduce_exact_keeps_every_shortest_path_cost_between_terminals(int seed)
    {
        var graph = RandomGraph(new Random(seed));

        var reduced = CandidateGraphReducer.Reduce(graph, 0);

        Assert.True(reduced.Edges.Count < graph.Edges.Count);
        Assert.False(reduced.Stats.IsRestricted);
        var before = Terminals(graph);
        var after = Terminals(reduced);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var a in before.Keys)
        {
            foreach (var b in before.Keys)
            {
                Assert.Equal(ShortestCost(graph, before[a], before[b]), ShortestCost(reduced, after[a], after[b]), 6);
            }
        }
    }

    [Fact]
    public void Reduce_contracts_street_chain_and_drops_dead_end()
    {
        var network = new GeoInventory
        {
            Streets = [Street("A", "LINESTRING (0 0, 100 0)"), Street("B", "LINESTRING (100 0, 200 0)"),
                Street("C", "LINESTRING (200 0, 300 0)"), Street("spur", "LINESTRING (200 0, 200 80)")],
            Routes = [Route("r", "LINESTRING (0 0, -10 0)")],
        };
        var graph = Build([Site("s", 300, 5)], network);

        var reduced = CandidateGraphReducer.Reduce(graph, 0);

        var street = reduced.Edges.Single(e => e.Kind == CandidateEdgeKind.Trench);
        var fromStart = reduced.Nodes[street.From].X == 0;
        Assert.Equal(fromStart ? ["A", "B", "C"] : new[] { "C", "B", "A" }, street.SourceIds);
        Assert.Equal(reduced.Nodes[street.From].X, street.Geometry.Coordinates[0].X, 6);
        Assert.Equal(300, street.LengthM, 6);
        Assert.Equal(300, street.Geometry.Length, 6);
        Assert.Equal(300 * PavedPerM, street.CapexEuro, 6);
        Assert.Equal(4, reduced.Nodes.Count);
        Assert.Equal(graph.Nodes.Count, reduced.Stats.NodesBeforeReduction);
        Assert.All(reduced.Nodes, n => Assert.Equal(n, reduced.Nodes[n.Index]));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    public void Reduce_path_union_keeps_each_site_shortest_path_to_nearest_tap(int seed, int paths)
    {
        var random = new Random(seed);
        var (sites, network) = GridCity(random, 12, 25);
        var graph = new CandidateGraphBuilder(DefaultCosts, new()).Build(sites, Enumerable.Range(0, sites.Count).ToHashSet(), network);

        var reduced = CandidateGraphReducer.Reduce(graph, paths);

        Assert.Equal(paths, reduced.Stats.PathsPerSite);
        Assert.True(reduced.Edges.Count < CandidateGraphReducer.Reduce(graph, 0).Edges.Count);
        for (var s = 0; s < sites.Count; s++)
        {
            Assert.Equal(NearestTapCost(graph, graph.SiteNode[s]), NearestTapCost(reduced, reduced.SiteNode[s]), 6);
        }
    }

    [Fact]
    public void Reduce_path_union_keeps_path_to_nearest_other_site_when_cheaper_than_a_tap()
    {
        var (sites, network) = GridCity(new Random(5), 12, 30);
        var graph = new CandidateGraphBuilder(DefaultCosts, new()).Build(sites, Enumerable.Range(0, sites.Count).ToHashSet(), network);

        var reduced = CandidateGraphReducer.Reduce(graph, 1);

        var checkedPairs = 0;
        for (var s = 0; s < sites.Count; s++)
        {
            var costs = ShortestCosts(graph, graph.SiteNode[s]);
            var nearest = Enumerable.Range(0, sites.Count).Where(t => t != s).MinBy(t => costs[graph.SiteNode[t]]);
            if (costs[graph.SiteNode[nearest]] < NearestTapCost(graph, graph.SiteNode[s]))
            {
                checkedPairs++;
                Assert.Equal(costs[graph.SiteNode[nearest]], ShortestCost(reduced, reduced.SiteNode[s], reduced.SiteNode[nearest]), 6);
            }
        }

        Assert.True(checkedPairs > 10);
    }

    [Fact]
    public void Reduce_is_deterministic()
    {
        var (sites, network) = GridCity(new Random(7), 10, 20);
        var graph = new CandidateGraphBuilder(DefaultCosts, new()).Build(sites, Enumerable.Range(0, sites.Count).ToHashSet(), network);

        var first = CandidateGraphReducer.Reduce(graph, 3);
        var second = CandidateGraphReducer.Reduce(graph, 3);

        Assert.Equal(first.Edges.Select(e => (e.From, e.To, e.CapexEuro)), second.Edges.Select(e => (e.From, e.To, e.CapexEuro)));
    }

    internal static (List<Site> Sites, GeoInventory Network) GridCity(Random random, int size, int siteCount)
    {
        var streets = new List<StreetSegment>();
        var surfaces = Enum.GetValues<SurfaceClass>();
        for (var i = 0; i < size; i++)
        {
            for (var j = 0; j < size; j++)
            {
                var (x, y) = (i * 100, j * 100);
                if (i + 1 < size)
                {
                    var wkt = $"LINESTRING ({x} {y}, {x + 100} {y})";
                    streets.Add(Street($"h{i}_{j}", wkt, surfaces[random.Next(3)], random.Next(10) == 0));
                }

                if (j + 1 < size)
                {
                    var wkt = $"LINESTRING ({x} {y}, {x} {y + 100})";
                    streets.Add(Street($"v{i}_{j}", wkt, surfaces[random.Next(3)], random.Next(10) == 0));
                }
            }
        }

        var sites = Enumerable.Range(0, siteCount)
            .Select(k => Site($"S{k}", random.NextDouble() * (size - 1) * 100, random.NextDouble() * (size - 1) * 100)).ToList();
        var edge = (size - 1) * 100;
        var network = new GeoInventory
        {
            Streets = streets,
            Routes = [Route("ring", $"LINESTRING (0 0, {edge} 0, {edge} {edge})")],
            AccessPoints = [Access("ap1", "ring", 300, 0), Access("ap2", "ring", edge, 600)],
        };
        return (sites, network);
    }

    private static double NearestTapCost(CandidateGraph graph, int node) =>
        graph.TapNodes.Min(t => ShortestCost(graph, node, t) + graph.Nodes[t].TapCostEuro);

    private static Dictionary<string, int> Terminals(CandidateGraph graph) =>
        graph.Nodes.Where(n => n.Kind != CandidateNodeKind.Street && graph.Incident(n.Index).Count > 0)
            .ToDictionary(n => n.Kind == CandidateNodeKind.Site ? $"s{n.SiteIndex}" : $"t{n.X},{n.Y}", n => n.Index);

    /// <summary>A random graph with chains, dead ends, parallel edges and mixed kinds; terminals are sites and taps.</summary>
    private static CandidateGraph RandomGraph(Random random)
    {
        var draft = new GraphDraft();
        var count = 18;
        for (var i = 0; i < count; i++)
        {
            var roll = random.Next(6);
            var kind = roll == 0 ? CandidateNodeKind.Site : roll == 1 ? CandidateNodeKind.Tap : CandidateNodeKind.Street;
            draft.AddNode(kind, i, random.Next(100), kind == CandidateNodeKind.Site ? i : -1, kind == CandidateNodeKind.Tap ? 2500 : 0);
        }

        var kinds = new[] { CandidateEdgeKind.Trench, CandidateEdgeKind.Trench, CandidateEdgeKind.Duct, CandidateEdgeKind.ExistingLwl };
        for (var k = 0; k < 26; k++)
        {
            var a = random.Next(count);
            var b = k < count - 1 ? k + 1 : random.Next(count);
            var a2 = k < count - 1 ? k : a;
            var cost = Math.Round(random.NextDouble() * 1000);
            var line = Wkt<NetTopologySuite.Geometries.LineString>($"LINESTRING ({a2} 0, {b} 0)");
            draft.AddEdge(a2, b, 10, random.Next(2) * 10, cost, kinds[random.Next(kinds.Length)], line, [$"e{k}"]);
        }

        return draft.ToGraph(new CandidateGraphStats(0, 0, count, 26, false, []));
    }
}
