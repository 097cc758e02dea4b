using Infra.Core.Sites;
using Infra.Planning.Instance;
using Infra.Planning.Tests.Support;

namespace Infra.Planning.Tests.SupportTests;

public sealed class ExhaustiveSolverTests
{
    public static TheoryData<int> SmallSeeds => [.. Enumerable.Range(0, 12)];

    /// <summary>
    /// Brute force without any of the solver's reasoning: every edge subset × every tap subset × every site choice (none, fibre,
    /// leased, radio to each hub), kept when the checker accepts it, the least score wins.
    /// </summary>
    private static double BruteForce(PlanningInstance instance)
    {
        var graph = instance.Graph;
        var n = instance.Sites.Count;
        var choices = new List<(Technology? Technology, int Hub)> { (null, -1), (Technology.Fibre, -1), (Technology.Leased, -1) };
        choices.AddRange(instance.Hubs.Select(h => ((Technology?)Technology.Radio, h.Index)));
        var assignments = new List<(Technology?[] Technology, int[] Hub)>();
        var total = (int)Math.Pow(choices.Count, n);
        for (var code = 0; code < total; code++)
        {
            var technology = new Technology?[n];
            var hub = new int[n];
            for (int i = 0, rest = code; i < n; i++, rest /= choices.Count)
            {
                (technology[i], hub[i]) = choices[rest % choices.Count];
            }

            assignments.Add((technology, hub));
        }

        var taps = graph.TapNodes;
        var best = double.PositiveInfinity;
        for (var edges = 0; edges < 1 << graph.Edges.Count; edges++)
        {
            var built = Enumerable.Range(0, graph.Edges.Count).Select(e => (edges >> e & 1) == 1).ToArray();
            for (var tapMask = 0; tapMask < 1 << taps.Count; tapMask++)
            {
                var used = new bool[graph.Nodes.Count];
                for (var t = 0; t < taps.Count; t++)
                {
                    used[taps[t]] = (tapMask >> t & 1) == 1;
                }

                foreach (var (technology, hub) in assignments)
                {
                    var design = new NetworkDesign(technology, hub, built, used);
                    if (PlanChecker.Check(instance, design).Count == 0)
                    {
                        best = Math.Min(best, PlanChecker.Score(instance, design));
                    }
                }
            }
        }

        return best;
    }

    [Theory]
    [MemberData(nameof(SmallSeeds))]
    public void Solve_equals_brute_force_on_three_sites(int seed)
    {
        var instance = TinyInstances.Random(seed, sites: 3);
        Assert.True(instance.Graph.Edges.Count <= 8, $"{instance.Graph.Edges.Count} edges");
        var (design, score) = ExhaustiveSolver.Solve(instance);

        Assert.Empty(PlanChecker.Check(instance, design));
        Assert.Equal(PlanChecker.Score(instance, design), score, 6);
        var brute = BruteForce(instance);
        Assert.Equal(brute, score, 6);
    }

    [Fact]
    public void Solve_equals_brute_force_on_the_named_instances()
    {
        foreach (var instance in new[] { TinyInstances.RadioHubs(), TinyInstances.TwoSitesShareATrench(), TinyInstances.UnreachableSchool() })
        {
            var (design, score) = ExhaustiveSolver.Solve(instance);
            Assert.Empty(PlanChecker.Check(instance, design));
            Assert.Equal(BruteForce(instance), score, 6);
        }
    }

    [Fact]
    public void Solve_equals_brute_force_under_binding_limits()
    {
        // RadioHubs with one radio install and a budget without room for the school's trench: the office cannot be served.
        var instance = TinyInstances.RadioHubs();
        foreach (var limited in new[]
                 {
                     TinyInstances.Copy(instance, radioInstalls: 1),
                     TinyInstances.Copy(instance, capexBudget: 60_000),
                     TinyInstances.Copy(instance, trenchMetres: 429),
                 })
        {
            var (design, score) = ExhaustiveSolver.Solve(limited);
            Assert.Empty(PlanChecker.Check(limited, design));
            Assert.Equal(BruteForce(limited), score, 6);
            Assert.True(score > ExhaustiveSolver.Solve(instance).Score + 1);
        }
    }

    [Fact]
    public void Solve_shares_the_trench_only_when_both_sites_use_it()
    {
        var instance = TinyInstances.TwoSitesShareATrench();
        var (design, _) = ExhaustiveSolver.Solve(instance);
        Assert.Equal([Technology.Fibre, Technology.Fibre], design.Technology);
        Assert.All(design.EdgeBuilt, Assert.True);

        // With the second site held to a leased line, fibre for the first alone does not pay.
        var second = instance.Sites[1];
        var held = TinyInstances.Copy(instance,
            sites: [instance.Sites[0], second with { Options = second.Options.Where(o => o.Technology == Technology.Leased).ToList() }]);
        var (alone, _) = ExhaustiveSolver.Solve(held);
        Assert.Equal([Technology.Leased, Technology.Leased], alone.Technology);
        Assert.DoesNotContain(true, alone.EdgeBuilt);
        Assert.DoesNotContain(true, alone.TapUsed);
    }

    [Fact]
    public void Solve_leaves_the_unreachable_school_without_penalty()
    {
        var instance = TinyInstances.UnreachableSchool();
        var (design, score) = ExhaustiveSolver.Solve(instance);
        Assert.Null(design.Technology[1]);
        Assert.Equal(Technology.Fibre, design.Technology[0]);
        Assert.True(score < PlanChecker.UnservedPenaltyEuro);
    }

    [Fact]
    public void Solve_uses_the_school_as_hub_only_when_it_gets_fibre()
    {
        var (design, _) = ExhaustiveSolver.Solve(TinyInstances.RadioHubs());
        Assert.Equal(Technology.Fibre, design.Technology[0]);
        Assert.Equal([-1, 0, 1, -1], design.Hub);
        Assert.Equal(Technology.Leased, design.Technology[3]);
    }

    [Fact]
    public void Solve_throws_when_no_design_is_feasible()
    {
        var instance = TinyInstances.RadioHubs();
        var strict = TinyInstances.Copy(instance,
            scenario: instance.Scenario with { Policies = instance.Scenario.Policies with { AllowPartialPlan = false } }, radioInstalls: 0);
        Assert.Throws<InvalidOperationException>(() => ExhaustiveSolver.Solve(strict));
    }

    [Theory]
    [InlineData(8)]
    [InlineData(12)]
    public void Solve_gives_checked_designs_on_many_seeds(int sites)
    {
        // Speed is a benchmark's business, not a test's: on a loaded CI machine a time bound here only flickers.
        const int seeds = 24;
        for (var seed = 0; seed < seeds; seed++)
        {
            var instance = TinyInstances.Random(seed, sites);
            var (design, score) = ExhaustiveSolver.Solve(instance);
            Assert.Empty(PlanChecker.Check(instance, design));
            Assert.Equal(PlanChecker.Score(instance, design), score, 6);
        }
    }

    [Fact]
    public void Solve_is_at_least_as_good_as_every_single_technology_plan()
    {
        // A plan that sends every site to its first admissible non-fibre option (or none) is feasible under loose limits; the optimum is no worse.
        for (var seed = 0; seed < 12; seed++)
        {
            var instance = TinyInstances.Random(seed, 6, tight: false);
            var (_, score) = ExhaustiveSolver.Solve(instance);
            var technology = new Technology?[instance.Sites.Count];
            var hub = Enumerable.Repeat(-1, instance.Sites.Count).ToArray();
            foreach (var site in instance.Sites.Where(s => !s.KeepsCurrentUplink))
            {
                if (PlanChecker.Admissible(instance, site, Technology.Leased))
                {
                    technology[site.Index] = Technology.Leased;
                }
            }

            var plain = new NetworkDesign(technology, hub, new bool[instance.Graph.Edges.Count], new bool[instance.Graph.Nodes.Count]);
            if (PlanChecker.Check(instance, plain).Count == 0)
            {
                Assert.True(score <= PlanChecker.Score(instance, plain) + 1e-6);
            }
        }
    }
}
