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
