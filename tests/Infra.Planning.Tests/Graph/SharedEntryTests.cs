using Infra.Core.Network;
using Infra.Core.Scenarios;
using Infra.Core.Sites;
using Infra.Planning.Baseline;
using Infra.Planning.Evaluation;
using Infra.Planning.Graph;
using Infra.Planning.Instance;
using Infra.Planning.Tests.Support;
using static Infra.Planning.Tests.Graph.GraphFixtures;
using Infra.Planning.Preparation;

namespace Infra.Planning.Tests.Graph;

/// <summary>Sites at one address (within the snap tolerance) share one house connection.</summary>
public sealed class SharedEntryTests
{
    private static readonly GeoInventory Street = new()
    {
        Streets = [GraphFixtures.Street("s", "LINESTRING (0 0, 400 0)")],
        Routes = [Route("r", "LINESTRING (0 -5, 0 5)", freeDucts: 0)],
        AccessPoints = [Access("ap", "r", 0, 0)],
    };

    [Fact]
    public void Build_sites_at_one_address_get_one_drop_and_zero_cost_shared_entries()
    {
        Site[] sites = [Site("A", 300, 40), Site("B", 300, 40), Site("C", 300.5, 40.4), Site("D", 350, 40)];

        var graph = Build(sites, Street);

        var node = sites.Select((_, i) => graph.SiteNode[i]).ToArray();
        Assert.Equal(2, graph.Edges.Count(e => e.Kind == CandidateEdgeKind.Drop));
        var shared = graph.Edges.Where(e => e.Kind == CandidateEdgeKind.SharedEntry).OrderBy(e => e.From).ToArray();
        Assert.Equal([(node[1], node[0]), (node[2], node[0])], shared.Select(e => (e.From, e.To)));
        Assert.All(shared, e => Assert.True(e.CapexEuro == 0 && e.TrenchMetres == 0));
        Assert.Single(graph.Incident(node[1]));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Plan_second_site_at_one_address_adds_no_trench_metres(bool streets)
    {
        var network = streets ? Street : Street with { Streets = [] };
        var scenario = new Scenario { Name = "eine Adresse" };
        Site[] one = [School("A", 300, 40)];
        Site[] two = [School("A", 300, 40), School("B", 300, 40)];

        var alone = Plan(scenario, network, one);
        var shared = Plan(scenario, network, two);

        Assert.Equal([Technology.Fibre, Technology.Fibre], shared.Design.Technology);
        Assert.Empty(PlanChecker.Check(shared.Instance, shared.Design));
        var (trenchAlone, capexAlone, _) = PlanChecker.Totals(alone.Instance, alone.Design);
        var (trenchShared, capexShared, _) = PlanChecker.Totals(shared.Instance, shared.Design);
        Assert.True(trenchAlone > 0);
        Assert.Equal(trenchAlone, trenchShared, 6);
        Assert.Equal(capexAlone + PlanChecker.OptionCost(scenario, Technology.Fibre).Capex, capexShared, 6);
    }

    [Fact]
    public void Build_default_data_schools_at_one_address_share_their_house_connection()
    {
        var instance = PlanningInstanceBuilder.Build(new Scenario { Name = "standard" }, DefaultData.Inventory);
        var index = instance.Sites.ToDictionary(s => s.Site.Id.Value, s => s.Index);
        var graph = instance.Graph;

        var pair = new[] { graph.SiteNode[index["SCH-100177"]], graph.SiteNode[index["SCH-162784"]] };
        Assert.Contains(graph.Edges, e => e.Kind == CandidateEdgeKind.SharedEntry && pair.Contains(e.From) && pair.Contains(e.To));
        // Every pair of fibre candidates within the snap tolerance of each other, counted from the coordinates alone.
        var candidates = instance.Sites.Where(s => graph.SiteNode.ContainsKey(s.Index)).ToArray();
        var pairs = candidates.SelectMany(a => candidates.Where(b => b.Index > a.Index
            && a.Site.Location.Distance(b.Site.Location) <= instance.Scenario.Solver.SnapToleranceM)).Count();
        Assert.True(pairs >= 5, $"{pairs} pairs");
        Assert.Equal(pairs, graph.Edges.Count(e => e.Kind == CandidateEdgeKind.SharedEntry));

        var design = GreedyBaseline.Solve(instance);
        Assert.Empty(PlanChecker.Check(instance, design));
    }

    private static Site School(string id, double x, double y) => Site(id, x, y) with { DemandMbps = 1000 };

    private static (PlanningInstance Instance, NetworkDesign Design) Plan(Scenario scenario, GeoInventory network, Site[] sites)
    {
        var instance = PlanningInstanceBuilder.Build(scenario, network with { Sites = sites });
        return (instance, GreedyBaseline.Solve(instance));
    }
}
