using Infra.Core.Network;
using Infra.Core.Scenarios;
using Infra.Core.Sites;
using Infra.Synthetic;
using Infra.Planning.Baseline;
using Infra.Planning.Graph;
using Infra.Planning.Instance;
using Infra.Planning.Tests.Support;
using NetTopologySuite.Densify;
using NetTopologySuite.Geometries;
using static Infra.Planning.Tests.Graph.GraphFixtures;
using Infra.Planning.Preparation;

namespace Infra.Planning.Tests.Graph;

/// <summary>Routes without access points can be tapped anywhere: taps where candidate edges meet them, whatever the vertex spacing.</summary>
public sealed class OpenRouteTapTests
{
    private static readonly DistrictCentre[] Districts =
    [
        new("Nord", 393_000, 5_710_000), new("Mitte", 393_500, 5_707_500), new("Süd", 394_000, 5_705_000),
    ];

    [Fact]
    public void Build_street_node_near_a_route_gets_a_tap_at_its_nearest_route_point()
    {
        // A route with two vertices 1 km apart runs 20 m beside a street; the street's middle node is 480 m from
        // either vertex.
        var network = new GeoInventory
        {
            Streets = [Street("a", "LINESTRING (0 0, 500 0)"), Street("b", "LINESTRING (500 0, 1000 0)"), Street("c", "LINESTRING (500 0, 500 300)")],
            Routes = [Route("r", "LINESTRING (20 -20, 980 -20)", freeDucts: 0)],
        };

        var graph = Build([], network);

        var taps = graph.TapNodes.Select(t => graph.Nodes[t]).OrderBy(n => n.X).ToArray();
        Assert.Contains(taps, n => Math.Abs(n.X - 500) < 1e-6 && Math.Abs(n.Y + 20) < 1e-6);
        var middle = graph.Nodes.Single(n => n.X == 500 && n.Y == 0).Index;
        var tap = taps.Single(n => Math.Abs(n.X - 500) < 1e-6).Index;
        Assert.Equal(20 * PavedPerM, ShortestCost(graph, tap, middle), 6);
        // The street node 300 m away from the route gets none.
        Assert.DoesNotContain(taps, n => n.Y > 0);
    }

    [Fact]
    public void Build_spacing_adds_taps_along_the_route()
    {
        var network = new GeoInventory { Routes = [Route("r", "LINESTRING (0 0, 1000 0)", freeDucts: 0)] };

        var plain = Build([Site("s", 500, 5_000)], network);
        var spaced = Build([Site("s", 500, 5_000)], network, new SolverSettings { TapSpacingM = 250 });

        Assert.Equal(2, plain.TapNodes.Count(t => plain.Nodes[t].Y == 0 && plain.Nodes[t].X is 0 or 1000));
        Assert.Equal([0.0, 250, 500, 750, 1000], spaced.TapNodes.Select(t => spaced.Nodes[t].X).Order().ToArray());
    }

    [Fact]
    public void Greedy_city_ring_densified_to_50_m_gives_the_same_design()
    {
        var city = CitySynthesizer.Generate(new SynthesisOptions
        {
            Districts = Districts, StreetSegmentTarget = 2_000, ObstacleCount = 0, RadioHubCount = 4, BackboneTargetKm = 25,
            SiteCounts = new SyntheticSiteCounts { Kita = 30, Office = 10, FireStation = 4, Library = 4, YouthCentre = 6, SportsFacility = 4, Other = 4 },
        }) with { AccessPoints = [] };

        var (sparse, dense) = PlanBoth(city);

        Assert.Contains(Technology.Fibre, sparse.Design.Technology);
        Assert.Equal(sparse.Design.Technology, dense.Design.Technology);
        Assert.Equal(PlanChecker.Score(sparse.Instance, sparse.Design), PlanChecker.Score(dense.Instance, dense.Design),
            PlanChecker.Score(sparse.Instance, sparse.Design) * 1e-3);
    }

    [Fact]
    public void Greedy_state_backbone_densified_to_50_m_gives_nearly_the_same_design()
    {
        var state = StateSynthesizer.Generate(new StateSynthesisOptions { SiteCount = 800, TownCount = 20, RingTowns = 6, SpokeTowns = 4, Seed = 3 });

        var (sparse, dense) = PlanBoth(state);

        var fibre = sparse.Design.Technology.Count(t => t == Technology.Fibre);
        Assert.True(fibre > 0);
        var differing = sparse.Design.Technology.Zip(dense.Design.Technology).Count(p => p.First != p.Second);
        Assert.True(differing <= Math.Max(2, fibre / 50), $"{differing} sites differ ({fibre} on fibre)");
        var score = PlanChecker.Score(sparse.Instance, sparse.Design);
        Assert.Equal(score, PlanChecker.Score(dense.Instance, dense.Design), score * 0.005);
    }

    private static ((PlanningInstance Instance, NetworkDesign Design) Sparse, (PlanningInstance Instance, NetworkDesign Design) Dense) PlanBoth(GeoInventory inventory)
    {
        var scenario = new Scenario { Name = "ring" };
        var densified = inventory with
        {
            Routes = inventory.Routes.Select(r => r with { Geometry = (LineString)Densifier.Densify(r.Geometry, 50) }).ToList(),
        };
        Assert.True(densified.Routes.Sum(r => r.Geometry.NumPoints) > 3 * inventory.Routes.Sum(r => r.Geometry.NumPoints));
        var sparse = PlanningInstanceBuilder.Build(scenario, inventory);
        var dense = PlanningInstanceBuilder.Build(scenario, densified);
        return ((sparse, GreedyBaseline.Solve(sparse)), (dense, GreedyBaseline.Solve(dense)));
    }
}
