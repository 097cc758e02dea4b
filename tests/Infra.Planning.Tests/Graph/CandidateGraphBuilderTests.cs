using Infra.Core.Network;
using Infra.Core.Scenarios;
using Infra.Planning.Graph;
using static Infra.Planning.Tests.Graph.GraphFixtures;

namespace Infra.Planning.Tests.Graph;

public sealed class CandidateGraphBuilderTests
{
    [Fact]
    public void Build_streets_crossing_at_shared_vertex_are_noded()
    {
        var network = new GeoInventory
        {
            Streets = [Street("a", "LINESTRING (0 0, 50 0, 100 0)"), Street("b", "LINESTRING (50 -50, 50 0, 50 50)")],
        };

        var graph = Build([], network);

        Assert.Equal(5, graph.Nodes.Count);
        Assert.Equal(4, graph.Edges.Count);
        Assert.All(graph.Edges, e => Assert.Equal(50, e.LengthM, 6));
        Assert.Equal(1, graph.Stats.StreetComponents);
        var centre = graph.Nodes.Single(n => n.X == 50 && n.Y == 0);
        Assert.Equal(4, graph.Incident(centre.Index).Count);
    }

    [Fact]
    public void Build_street_touching_interior_vertex_splits_it_but_unshared_vertex_stays_inside()
    {
        var network = new GeoInventory
        {
            Streets = [Street("a", "LINESTRING (0 0, 50 0, 100 0)"), Street("b", "LINESTRING (50 0, 50 50)"),
                Street("c", "LINESTRING (200 0, 250 10, 300 0)")],
        };

        var graph = Build([], network);

        Assert.Equal(6, graph.Nodes.Count);
        Assert.Equal(4, graph.Edges.Count);
        Assert.Equal(2, graph.Stats.StreetComponents);
        Assert.Equal(3, graph.Edges.Single(e => e.SourceIds[0] == "c").Geometry.NumPoints);
    }

    [Theory]
    [InlineData(1.0, 3, 1)]
    [InlineData(0.1, 4, 2)]
    public void Build_end_points_within_tolerance_are_merged(double tolerance, int nodes, int components)
    {
        var network = new GeoInventory
        {
            Streets = [Street("a", "LINESTRING (0 0, 100 0)"), Street("b", "LINESTRING (100.5 0.3, 200 0)")],
        };

        var graph = Build([], network, new SolverSettings { SnapToleranceM = tolerance });

        Assert.Equal(nodes, graph.Nodes.Count);
        Assert.Equal(components, graph.Stats.StreetComponents);
        Assert.Equal(2, graph.Stats.StreetSegments);
    }

    [Fact]
    public void Build_edge_cost_follows_surface_and_duct()
    {
        var network = new GeoInventory
        {
            Streets = [Street("p", "LINESTRING (0 0, 100 0)"), Street("m", "LINESTRING (100 0, 200 0)", SurfaceClass.MicroTrench),
                Street("u", "LINESTRING (200 0, 300 0)", SurfaceClass.Unpaved), Street("d", "LINESTRING (300 0, 400 0)", duct: true)],
        };

        var edges = Build([], network).Edges.ToDictionary(e => e.SourceIds[0]);

        Assert.Equal(100 * (DefaultCosts.TrenchPavedPerM + DefaultCosts.FibreCablePerM), edges["p"].CapexEuro, 6);
        Assert.Equal(100 * (DefaultCosts.TrenchMicroPerM + DefaultCosts.FibreCablePerM), edges["m"].CapexEuro, 6);
        Assert.Equal(100 * (DefaultCosts.TrenchUnpavedPerM + DefaultCosts.FibreCablePerM), edges["u"].CapexEuro, 6);
        Assert.Equal(100 * (DefaultCosts.DuctBlowPerM + DefaultCosts.FibreCablePerM), edges["d"].CapexEuro, 6);
        Assert.Equal(CandidateEdgeKind.Duct, edges["d"].Kind);
        Assert.Equal(0, edges["d"].TrenchMetres);
        Assert.Equal(100, edges["u"].TrenchMetres, 6);
    }

    [Fact]
    public void Build_two_sites_on_one_segment_split_it_in_three_with_proportional_cost()
    {
        var network = new GeoInventory { Streets = [Street("s", "LINESTRING (0 0, 100 0)", SurfaceClass.Unpaved)] };

        var graph = Build([Site("A", 30, 10), Site("B", 70, -20)], network);

        var pieces = graph.Edges.Where(e => e.Kind == CandidateEdgeKind.Trench).OrderBy(e => e.Geometry.Coordinates.Min(c => c.X)).ToList();
        Assert.Equal(new[] { 30.0, 40.0, 30.0 }, pieces.Select(e => Math.Round(e.LengthM, 6)));
        Assert.Equal(100 * (DefaultCosts.TrenchUnpavedPerM + DefaultCosts.FibreCablePerM), pieces.Sum(e => e.CapexEuro), 6);
        Assert.All(pieces, e => Assert.Equal(e.LengthM, e.Geometry.Length, 6));
        var drops = graph.Edges.Where(e => e.Kind == CandidateEdgeKind.Drop).OrderBy(e => e.LengthM).ToList();
        Assert.Equal(new[] { 10.0, 20.0 }, drops.Select(e => Math.Round(e.LengthM, 6)));
        Assert.Equal(20 * PavedPerM, drops[1].CapexEuro, 6);
        Assert.Equal(graph.SiteNode[1], drops[1].From);
    }

    [Fact]
    public void Build_route_with_access_point_gives_zero_cost_lwl_edges_and_one_tap()
    {
        var network = new GeoInventory
        {
            Streets = [Street("s", "LINESTRING (0 0, 100 0)")],
            Routes = [Route("r", "LINESTRING (0 0, 100 0, 200 0)")],
            AccessPoints = [Access("ap", "r", 200, 0)],
        };

        var graph = Build([], network);

        var tap = Assert.Single(graph.TapNodes);
        Assert.Equal(DefaultCosts.TapCost, graph.Nodes[tap].TapCostEuro);
        var lwl = graph.Edges.Where(e => e.Kind == CandidateEdgeKind.ExistingLwl).ToList();
        Assert.Equal(2, lwl.Count);
        Assert.All(lwl, e => Assert.Equal((0.0, 0.0), (e.CapexEuro, e.TrenchMetres)));
        var join = graph.Edges.Single(e => e.Kind == CandidateEdgeKind.Trench && e.SourceIds.Count == 0);
        Assert.Equal(100 * PavedPerM, join.CapexEuro, 6);
    }

    [Fact]
    public void Build_route_without_free_duct_keeps_taps_but_no_transit()
    {
        var network = new GeoInventory
        {
            Streets = [Street("s", "LINESTRING (0 0, 100 0)")],
            Routes = [Route("r", "LINESTRING (0 0, 100 0, 200 0)", freeDucts: 0)],
            AccessPoints = [Access("ap", "r", 200, 0)],
        };

        var graph = Build([], network);

        Assert.Single(graph.TapNodes);
        Assert.DoesNotContain(graph.Edges, e => e.Kind == CandidateEdgeKind.ExistingLwl);
    }

    [Fact]
    public void Build_route_without_access_points_makes_every_vertex_a_tap()
    {
        var network = new GeoInventory
        {
            Streets = [Street("s", "LINESTRING (0 0, 100 0)")],
            Routes = [Route("r", "LINESTRING (0 0, 100 0, 100 40)")],
        };

        var graph = Build([], network);

        Assert.Equal(3, graph.TapNodes.Count);
        Assert.Equal(3, graph.Nodes.Count);
        Assert.Equal(2, graph.Edges.Count(e => e.Kind == CandidateEdgeKind.ExistingLwl));
        var join = graph.Edges.Single(e => e.Kind == CandidateEdgeKind.Trench && e.SourceIds.Count == 0);
        Assert.Equal(40, join.LengthM, 6);
    }

    [Fact]
    public void Build_site_on_street_component_without_tap_is_reported()
    {
        var network = new GeoInventory
        {
            Streets = [Street("a", "LINESTRING (0 0, 100 0)"), Street("b", "LINESTRING (1000 0, 1100 0)")],
            Routes = [Route("r", "LINESTRING (0 0, -50 0)")],
        };

        var graph = Build([Site("near", 50, 5), Site("far", 1050, 5)], network);

        Assert.Equal(new[] { "far" }, graph.Stats.SitesWithoutFibreAccess);
        Assert.Equal(2, graph.Stats.StreetComponents);
    }

    [Fact]
    public void Build_without_streets_uses_knn_with_detour_and_joins_every_site_to_a_tap()
    {
        var network = new GeoInventory { Routes = [Route("r", "LINESTRING (0 0, 10 0)")] };
        var sites = new[] { Site("a1", 100, 0), Site("a2", 130, 0), Site("b1", 5000, 0), Site("b2", 5040, 0) };

        var graph = Build(sites, network, new SolverSettings { NearestNeighbours = 1, DetourFactor = 1.4 });

        Assert.True(graph.Stats.UsedFallback);
        Assert.Empty(graph.Stats.SitesWithoutFibreAccess);
        var pair = graph.Edges.Single(e => e.Kind == CandidateEdgeKind.Fallback
            && new[] { e.From, e.To }.Order().SequenceEqual(new[] { graph.SiteNode[2], graph.SiteNode[3] }.Order()));
        Assert.Equal(40 * 1.4, pair.LengthM, 6);
        Assert.Equal(40 * 1.4 * PavedPerM, pair.CapexEuro, 6);
        var tapAt10 = graph.TapNodes.Single(t => graph.Nodes[t].X == 10);
        Assert.Contains(graph.Edges, e => e.Kind == CandidateEdgeKind.Fallback && (e.To == tapAt10 || e.From == tapAt10)
            && (e.Other(tapAt10) == graph.SiteNode[2] || e.Other(tapAt10) == graph.SiteNode[3]));
    }
}
