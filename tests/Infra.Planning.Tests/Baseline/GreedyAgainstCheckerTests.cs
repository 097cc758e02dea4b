using Infra.Core.Sites;
using Infra.Planning.Baseline;
using Infra.Planning.Costs;
using Infra.Planning.Evaluation;
using Infra.Planning.Tests.Support;

namespace Infra.Planning.Tests.Baseline;

/// <summary>The production evaluator, feasibility check and greedy against the independent checker and the exhaustive optimum.</summary>
public sealed class GreedyAgainstCheckerTests
{
    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 20)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Greedy_is_feasible_for_both_checkers_scores_alike_and_is_never_below_the_optimum(int seed)
    {
        var instance = TinyInstances.Random(seed);

        var design = GreedyBaseline.Solve(instance, CancellationToken.None);

        Assert.Empty(DesignFeasibility.Check(instance, design));
        Assert.Empty(PlanChecker.Check(instance, design));
        var score = DesignEvaluator.Score(instance, design);
        Assert.Equal(PlanChecker.Score(instance, design), score, 6);
        var (_, optimum) = ExhaustiveSolver.Solve(instance);
        Assert.True(score >= optimum - 1e-6);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void No_single_fibre_site_gains_by_moving_to_richtfunk_or_leased(int seed)
    {
        var instance = TinyInstances.Random(seed);
        var design = GreedyBaseline.Solve(instance, CancellationToken.None);
        var score = DesignEvaluator.Score(instance, design);

        for (var s = 0; s < design.Technology.Length; s++)
        {
            if (design.Technology[s] != Technology.Fibre || design.Hub.Any(h => h >= 0 && instance.Hubs[h].SiteIndex == s))
            {
                continue;
            }

            var moves = instance.RadioCandidates.Where(c => c.SiteIndex == s).Select(c => (Technology.Radio, c.HubIndex)).ToList();
            if (instance.Sites[s].Option(Technology.Leased) is not null)
            {
                moves.Add((Technology.Leased, -1));
            }

            foreach (var (technology, hub) in moves)
            {
                var moved = design with { Technology = (Technology?[])design.Technology.Clone(), Hub = (int[])design.Hub.Clone() };
                moved.Technology[s] = technology;
                moved.Hub[s] = hub;
                moved = DesignPruner.Prune(instance, moved);
                if (DesignFeasibility.Check(instance, moved).Count == 0)
                {
                    Assert.True(score <= DesignEvaluator.Score(instance, moved) + 1e-6, $"site {s} to {technology} {hub}");
                }
            }
        }
    }

    [Fact]
    public void Two_sites_sharing_a_trench_are_both_connected()
    {
        var instance = TinyInstances.TwoSitesShareATrench();

        var design = GreedyBaseline.Solve(instance, CancellationToken.None);

        Assert.Equal(ExhaustiveSolver.Solve(instance).Score, DesignEvaluator.Score(instance, design), 6);
        Assert.All(instance.Sites.Where(s => s.Option(Technology.Fibre) is not null), s => Assert.Equal(Technology.Fibre, design.Technology[s.Index]));
    }

    [Fact]
    public void Option_costs_match_the_independent_recomputation()
    {
        var instance = TinyInstances.Random(3);
        var npv = new NpvCalculator(instance.Scenario);

        Assert.Equal(PlanChecker.PassiveFactor(instance.Scenario), npv.PassiveNpvFactor, 9);
        foreach (var (technology, option) in new[] { (Technology.Fibre, npv.FibreOption()), (Technology.Radio, npv.RadioOption()), (Technology.Leased, npv.LeasedOption()) })
        {
            var (capex, value) = PlanChecker.OptionCost(instance.Scenario, technology);
            Assert.Equal(capex, option.CapexEuro, 9);
            Assert.Equal(value, option.NpvEuro, 6);
        }
    }
}
