using Infra.Core.Sites;
using Infra.Planning.Baseline;
using Infra.Planning.Evaluation;
using Infra.Planning.Graph;
using Infra.Planning.Instance;
using Infra.Planning.Tests.Baseline;

namespace Infra.Planning.Tests.Evaluation;

public sealed class DesignPrunerTests
{
    [Fact]
    public void Removes_dead_ends_and_the_tap_that_costs_more_overall()
    {
        var instance = HandInstance.Small();

        // Everything built: the dead end e4, and both taps, T4 (1000 €) hanging on the 5000 € edge e3.
        var design = HandInstance.SmallFeasible() with { EdgeBuilt = [true, true, true, true, true], TapUsed = [true, false, false, false, true, false] };
        Assert.Empty(DesignFeasibility.Check(instance, design));

        var pruned = DesignPruner.Prune(instance, design);

        // Keeping T0: 2500 + 1000 + 500 + 700 = 4700; keeping T4: 1000 + 5000 + 500 + 700 = 7200.
        Assert.Equal([true, true, true, false, false], pruned.EdgeBuilt);
        Assert.Equal([true, false, false, false, false, false], pruned.TapUsed);
        Assert.Equal(design.Technology, pruned.Technology);
        Assert.Empty(DesignFeasibility.Check(instance, pruned));
        Assert.Equal(DesignEvaluator.Score(instance, HandInstance.SmallFeasible()), DesignEvaluator.Score(instance, pruned), 6);
    }

    [Fact]
    public void Removes_a_component_without_fibre_site_and_keeps_the_rest()
    {
        var instance = HandInstance.Small();

        // Only site 0 on fibre, site 1 leased: e2 and e3 only lead to the dearer tap T4, which goes with them.
        var design = new NetworkDesign([Technology.Fibre, Technology.Leased, Technology.Leased, null, null], [-1, -1, -1, -1, -1],
            [true, true, true, true, false], [true, false, false, false, true, false]);

        var pruned = DesignPruner.Prune(instance, design);

        Assert.Equal([true, true, false, false, false], pruned.EdgeBuilt);
        Assert.Equal([true, false, false, false, false, false], pruned.TapUsed);
    }

    [Fact]
    public void Breaks_cycles_at_the_dearest_edge()
    {
        // Square T0 - A - S(site 0) - B - T0 with a dear side: one of the two paths goes.
        var nodes = new[]
        {
            HandInstance.Node(0, CandidateNodeKind.Tap, tapCost: 100),
            HandInstance.Node(1, CandidateNodeKind.Street),
            HandInstance.Node(2, CandidateNodeKind.Site, site: 0),
            HandInstance.Node(3, CandidateNodeKind.Street),
        };
        var edges = new[]
        {
            HandInstance.Edge(0, 0, 1, 100, 1), HandInstance.Edge(1, 1, 2, 100, 1),
            HandInstance.Edge(2, 2, 3, 900, 9), HandInstance.Edge(3, 3, 0, 100, 1),
        };
        var instance = HandInstance.Instance([HandInstance.Spec(0, HandInstance.Fibre(1000), HandInstance.Leased(90000))], HandInstance.Graph(nodes, edges));
        var design = new NetworkDesign([Technology.Fibre], [-1], [true, true, true, true], [true, false, false, false]);

        var pruned = DesignPruner.Prune(instance, design);

        Assert.Equal([true, true, false, false], pruned.EdgeBuilt);
        Assert.Empty(DesignFeasibility.Check(instance, pruned));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(4)]
    [InlineData(5)]
    public void On_random_designs_pruning_keeps_feasibility_and_never_raises_cost(int seed)
    {
        var instance = RandomInstances.Create(seed);
        var random = new Random(seed);
        var design = GreedyBaseline.Solve(instance, CancellationToken.None);

        // Add random edges and taps (seeds with binding limits left out): both only cost more and must be removable.
        var built = design.EdgeBuilt.Select(b => b || random.NextDouble() < 0.3).ToArray();
        var taps = design.TapUsed.Select((t, v) => t || (instance.Graph.Nodes[v].Kind == CandidateNodeKind.Tap && random.NextDouble() < 0.5)).ToArray();
        var noisy = design with { EdgeBuilt = built, TapUsed = taps };
        Assert.Empty(DesignFeasibility.Check(instance, noisy));

        var pruned = DesignPruner.Prune(instance, noisy);

        Assert.Empty(DesignFeasibility.Check(instance, pruned));
        Assert.True(DesignEvaluator.Score(instance, pruned) <= DesignEvaluator.Score(instance, noisy) + 1e-6);
        Assert.All(Enumerable.Range(0, built.Length), e => Assert.True(built[e] || !pruned.EdgeBuilt[e]));
        Assert.Equal(pruned, DesignPruner.Prune(instance, pruned), new DesignComparer());
    }

    private sealed class DesignComparer : IEqualityComparer<NetworkDesign>
    {
        public bool Equals(NetworkDesign? x, NetworkDesign? y) =>
            x is not null && y is not null && x.Technology.SequenceEqual(y.Technology) && x.Hub.SequenceEqual(y.Hub)
            && x.EdgeBuilt.SequenceEqual(y.EdgeBuilt) && x.TapUsed.SequenceEqual(y.TapUsed);

        public int GetHashCode(NetworkDesign obj) => obj.EdgeBuilt.Count(b => b);
    }
}
