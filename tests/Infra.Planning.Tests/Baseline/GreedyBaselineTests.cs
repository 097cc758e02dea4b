using Infra.Core.Network;
using Infra.Core.Sites;
using Infra.Planning.Baseline;
using Infra.Planning.Evaluation;
using Infra.Planning.Graph;
using Infra.Planning.Instance;
using Infra.Planning.Tests.Evaluation;

namespace Infra.Planning.Tests.Baseline;

public sealed class GreedyBaselineTests
{
    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 30)];

    /// <summary>Two sites with fibre 9,000 € and leased 25,000 € (NPV).</summary>
    private static SiteSpec[] TwoFibreOrLeasedSites =>
    [
        HandInstance.Spec(0, HandInstance.Fibre(9_000), HandInstance.Leased(25_000)),
        HandInstance.Spec(1, HandInstance.Fibre(9_000), HandInstance.Leased(25_000)),
    ];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_instances_get_a_feasible_design_no_dearer_than_all_leased(int seed)
    {
        var instance = RandomInstances.Create(seed);
        var allLeased = new NetworkDesign(
            Enumerable.Repeat<Technology?>(Technology.Leased, RandomInstances.Sites).ToArray(),
            Enumerable.Repeat(-1, RandomInstances.Sites).ToArray(), new bool[instance.Graph.Edges.Count], new bool[instance.Graph.Nodes.Count]);
        Assert.Empty(DesignFeasibility.Check(instance, allLeased));

        var design = GreedyBaseline.Solve(instance, CancellationToken.None);

        Assert.Empty(DesignFeasibility.Check(instance, design));
        Assert.True(DesignEvaluator.Score(instance, design) <= DesignEvaluator.Score(instance, allLeased) + 1e-6);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Greedy_is_deterministic_and_cannot_be_improved_by_moving_one_site_off_fibre_to_leased(int seed)
    {
        var instance = RandomInstances.Create(seed);
        var design = GreedyBaseline.Solve(instance, CancellationToken.None);
        var again = GreedyBaseline.Solve(instance, CancellationToken.None);
        Assert.Equal(design.Technology, again.Technology);
        Assert.Equal(design.Hub, again.Hub);
        Assert.Equal(design.EdgeBuilt, again.EdgeBuilt);
        Assert.Equal(design.TapUsed, again.TapUsed);

        // Each non-fibre site took its cheapest option it could get; a leased site never has a cheaper free radio hub.
        var score = DesignEvaluator.Score(instance, design);
        for (var s = 0; s < RandomInstances.Sites; s++)
        {
            if (design.Technology[s] != Technology.Leased)
            {
                continue;
            }

            var spec = instance.Sites[s];
            if (spec.Option(Technology.Radio) is { } radio && radio.NpvEuro < spec.Option(Technology.Leased)!.NpvEuro)
            {
                foreach (var c in instance.RadioCandidates.Where(c => c.SiteIndex == s))
                {
                    var moved = design with { Technology = (Technology?[])design.Technology.Clone(), Hub = (int[])design.Hub.Clone() };
                    moved.Technology[s] = Technology.Radio;
                    moved.Hub[s] = c.HubIndex;
                    if (DesignFeasibility.Check(instance, moved).Count == 0)
                    {
                        Assert.True(score <= DesignEvaluator.Score(instance, moved) + 1e-6, $"site {s} would save on hub {c.HubIndex}");
                    }
                }
            }
        }
    }

    /// <summary>
    /// Tap T (0 €) –20,000 €– junction J; J –500 €– A; J –500 €– B; passive factor 1. Fibre 9,000 €, leased 25,000 €.
    /// One site alone: 20,000 + 500 + 9,000 = 29,500 &gt; 25,000, not worth it. Both: 20,000 + 1,000 + 18,000 = 39,000 &lt; 50,000.
    /// </summary>
    private static PlanningInstance SharedTrench(double capexBudget = 1e12)
    {
        CandidateNode[] nodes =
        [
            HandInstance.Node(0, CandidateNodeKind.Tap, tapCost: 0),
            HandInstance.Node(1, CandidateNodeKind.Street),
            HandInstance.Node(2, CandidateNodeKind.Site, site: 0),
            HandInstance.Node(3, CandidateNodeKind.Site, site: 1),
        ];
        CandidateEdge[] edges = [HandInstance.Edge(0, 0, 1, 20_000, 100), HandInstance.Edge(1, 1, 2, 500, 5), HandInstance.Edge(2, 1, 3, 500, 5)];
        return HandInstance.Instance(TwoFibreOrLeasedSites, HandInstance.Graph(nodes, edges), factor: 1, capex: capexBudget);
    }

    [Fact]
    public void A_shared_trench_worth_it_only_for_two_sites_connects_both()
    {
        var instance = SharedTrench();

        var design = GreedyBaseline.Solve(instance, CancellationToken.None);

        Assert.Equal([Technology.Fibre, Technology.Fibre], design.Technology);
        Assert.Equal([true, true, true], design.EdgeBuilt);
        Assert.Equal([true, false, false, false], design.TapUsed);
        Assert.Equal(39_000, DesignEvaluator.Score(instance, design), 6);
    }

    [Fact]
    public void The_capex_budget_stops_fibre()
    {
        // Both on fibre: 20,000 + 1,000 + 2 × 7,000 = 35,000 € CAPEX; all leased 3,000 €.
        var instance = SharedTrench(capexBudget: 30_000);

        var design = GreedyBaseline.Solve(instance, CancellationToken.None);

        Assert.Equal([Technology.Leased, Technology.Leased], design.Technology);
        Assert.Empty(DesignFeasibility.Check(instance, design));
    }

    [Fact]
    public void A_new_fibre_site_becomes_the_hub_of_a_radio_site()
    {
        // Site 0 fibre (cheap, next to the tap); site 1 has no leased line, Richtfunk only via site 0.
        CandidateNode[] nodes = [HandInstance.Node(0, CandidateNodeKind.Tap, tapCost: 100), HandInstance.Node(1, CandidateNodeKind.Site, site: 0)];
        CandidateEdge[] edges = [HandInstance.Edge(0, 0, 1, 1_000, 10)];
        SiteSpec[] sites = [HandInstance.Spec(0, HandInstance.Fibre(9_000), HandInstance.Leased(25_000)), HandInstance.Spec(1, HandInstance.Radio(30_000))];
        HubSpec[] hubs = [new(0, "S00", 0, 0, 0, 6, false)];
        RadioCandidate[] radio = [new(1, 0, 500, LineOfSight.NotVerified)];
        var instance = HandInstance.Instance(sites, HandInstance.Graph(nodes, edges), hubs, radio, factor: 1);

        var design = GreedyBaseline.Solve(instance, CancellationToken.None);

        Assert.Equal([Technology.Fibre, Technology.Radio], design.Technology);
        Assert.Equal([-1, 0], design.Hub);
        Assert.Equal(9_000 + 1_000 + 100 + 30_000, DesignEvaluator.Score(instance, design), 6);
    }

    [Fact]
    public void Sites_already_connected_relay_for_farther_sites()
    {
        // T –1,000– A –3,000– B: A alone is worth it (1,000 + 9,000 < 25,000); B only from A (3,000 + 9,000 < 25,000),
        // and B's own path through A is what it would pay anyway: the relay makes the second connection cheap.
        CandidateNode[] nodes =
        [
            HandInstance.Node(0, CandidateNodeKind.Tap, tapCost: 0),
            HandInstance.Node(1, CandidateNodeKind.Site, site: 0),
            HandInstance.Node(2, CandidateNodeKind.Site, site: 1),
            HandInstance.Node(3, CandidateNodeKind.Tap, tapCost: 0),
        ];
        CandidateEdge[] edges = [HandInstance.Edge(0, 0, 1, 1_000, 10), HandInstance.Edge(1, 1, 2, 3_000, 30), HandInstance.Edge(2, 2, 3, 14_000, 140)];
        var instance = HandInstance.Instance(TwoFibreOrLeasedSites, HandInstance.Graph(nodes, edges), factor: 1);

        var design = GreedyBaseline.Solve(instance, CancellationToken.None);

        Assert.Equal([true, true, false], design.EdgeBuilt);
        Assert.Equal([true, false, false, false], design.TapUsed);
        Assert.Equal(1_000 + 3_000 + 18_000, DesignEvaluator.Score(instance, design), 6);
    }
}
