using Infra.Core.Plans;
using Infra.Core.Sites;
using Infra.Planning.Baseline;
using Infra.Planning.Design;
using Infra.Planning.Plans;
using Infra.Planning.Tests.Support;

namespace Infra.Planning.Tests.Design;

/// <summary>
/// The optimiser against an exhaustive search on tiny random instances, against the greedy baseline, and on
/// infeasible input. Every returned design is verified by the independent <see cref="PlanChecker"/>.
/// </summary>
public sealed class NetworkDesignOptimizerTests
{
    public static TheoryData<int, int> Seeds()
    {
        var data = new TheoryData<int, int>();
        for (var seed = 1; seed <= 60; seed++)
        {
            data.Add(seed, 2 + (seed % 11));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Optimum_equals_exhaustive_search_and_passes_the_checker(int seed, int sites)
    {
        var instance = ProvenOptimal(TinyInstances.Random(seed, sites));
        var exact = ExhaustiveSolver.Solve(instance);

        var result = new NetworkDesignOptimizer().Solve(instance, null, CancellationToken.None);

        Assert.Empty(PlanChecker.Check(instance, result.Design));
        var score = PlanChecker.Score(instance, result.Design);
        Assert.Equal(score, result.Objective, Tolerance(score));
        Assert.Equal(exact.Score, score, Tolerance(exact.Score));
        Assert.True(result.BestBound <= exact.Score + Tolerance(exact.Score), $"bound {result.BestBound} above optimum {exact.Score}");
        Assert.True(result.Objective <= result.GreedyObjective + 1e-6);
    }

    [Theory]
    [InlineData(101)]
    [InlineData(202)]
    [InlineData(303)]
    [InlineData(404)]
    public void Never_costs_more_than_the_greedy_baseline(int seed)
    {
        var instance = TinyInstances.Random(seed, TinyInstances.MaxSites);
        var greedy = GreedyBaseline.Solve(instance);

        var result = new NetworkDesignOptimizer().Solve(instance, null, CancellationToken.None);

        Assert.Empty(PlanChecker.Check(instance, greedy));
        Assert.Equal(PlanChecker.Score(instance, greedy), result.GreedyObjective, Tolerance(result.GreedyObjective));
        Assert.True(PlanChecker.Score(instance, result.Design) <= PlanChecker.Score(instance, greedy) + 1e-6);
    }

    [Fact]
    public void Two_sites_share_a_trench_that_neither_justifies_alone()
    {
        var instance = ProvenOptimal(TinyInstances.TwoSitesShareATrench());
        var exact = ExhaustiveSolver.Solve(instance);

        var result = new NetworkDesignOptimizer().Solve(instance, null, CancellationToken.None);

        Assert.Equal(exact.Score, result.Objective, Tolerance(exact.Score));
        Assert.Equal(2, result.Design.Technology.Count(t => t == Technology.Fibre));
    }

    [Fact]
    public void Site_that_no_technology_can_serve_is_named_with_the_reason_and_the_rest_is_planned()
    {
        var instance = TinyInstances.UnreachableSchool();

        var result = new NetworkDesignOptimizer().Solve(instance, null, CancellationToken.None);
        var plan = PlanBuilder.Build(instance, result);

        Assert.Empty(PlanChecker.Check(instance, result.Design));
        var unserved = plan.Sites.Where(s => s.Technology is null && !s.KeepsCurrentUplink).ToArray();
        var school = Assert.Single(unserved);
        Assert.Equal(SiteKind.School, school.Site.Kind);
        Assert.Equal(ReasonCode.Unservable, school.Reason.Code);
        Assert.Contains(school.Reason.Exclusions, e => e.Technology == PlanTechnology.Leased);
        Assert.All(plan.Sites.Where(s => s != school && !s.KeepsCurrentUplink), s => Assert.NotNull(s.Technology));
        Assert.Equal(1, plan.Totals.SitesUnserved);
    }

    [Fact]
    public void Same_input_gives_the_same_design()
    {
        var a = new NetworkDesignOptimizer().Solve(TinyInstances.Random(77, 12), null, CancellationToken.None);
        var b = new NetworkDesignOptimizer().Solve(TinyInstances.Random(77, 12), null, CancellationToken.None);

        Assert.Equal(a.Design.Technology, b.Design.Technology);
        Assert.Equal(a.Design.Hub, b.Design.Hub);
        Assert.Equal(a.Design.EdgeBuilt, b.Design.EdgeBuilt);
        Assert.Equal(a.Objective, b.Objective);
    }

    /// <summary>The same instance with a target gap of zero, so that the optimiser must prove optimality.</summary>
    private static Instance.PlanningInstance ProvenOptimal(Instance.PlanningInstance instance) =>
        TinyInstances.Copy(instance, instance.Scenario with { Solver = instance.Scenario.Solver with { RelativeGap = 0 } });

    private static double Tolerance(double value) => Math.Max(1e-3, Math.Abs(value) * 1e-6);
}
