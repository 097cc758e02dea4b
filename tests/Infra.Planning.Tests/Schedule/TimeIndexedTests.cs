using Infra.Core.Sites;
using Infra.Planning.Schedule;
using Infra.Planning.Solver;

namespace Infra.Planning.Tests.Schedule;

/// <summary>
/// The time-indexed LP bound and CP-SAT model: their bounds never exceed the enumerated optimum of random tiny designs,
/// checkpoints cover the busy quarters, and list scheduling realises what they plan (radio sites with a hub finished in
/// the same quarter).
/// </summary>
public sealed class TimeIndexedTests
{
    public static TheoryData<int> Seeds => new(Enumerable.Range(1, 60));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void LagrangianBoundIsNeverAboveTheEnumeratedOptimum(int seed)
    {
        var (instance, design, paths) = EnumerationTests.Tiny(seed);
        var p = new ScheduleProblem(instance, design, RolloutSchedulerTests.Tiny, 0, 0);
        var best = Enumerator.Best(instance, design, paths, p.QuarterCount);
        var baseline = ListScheduler.Run(p, RolloutScheduler.BaselineOrder(p));

        var lagrangian = LagrangianBound.Compute(p, CancellationToken.None);

        // Every quarter knows each site's earliest quarter (less the hair kept for floating point).
        Assert.True(lagrangian.Bound >= RolloutScheduler.CapacityFreeBound(p) - 1e-5,
            $"bound {lagrangian.Bound} below the capacity-free bound {RolloutScheduler.CapacityFreeBound(p)}");
        Assert.True(lagrangian.Bound <= baseline.Objective + 1e-6, $"bound {lagrangian.Bound} above the baseline {baseline.Objective}");
        if (!double.IsPositiveInfinity(best))
        {
            Assert.True(lagrangian.Bound <= best + 1e-6, $"bound {lagrangian.Bound} above the optimum {best}");
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void TimeModelBoundIsNeverAboveTheEnumeratedOptimum(int seed)
    {
        var (instance, design, paths) = EnumerationTests.Tiny(seed);
        var p = new ScheduleProblem(instance, design, RolloutSchedulerTests.Tiny, 0, 0);
        var best = Enumerator.Best(instance, design, paths, p.QuarterCount);
        var baseline = ListScheduler.Run(p, RolloutScheduler.BaselineOrder(p));
        var checkpoints = CpSatTimeModel.Checkpoints(p, CpSatTimeModel.Items(p), p.QuarterCount - 1);

        var outcome = CpSatTimeModel.Solve(p, checkpoints, baseline, 0, 10, 1, null, CancellationToken.None);

        Assert.False(double.IsNaN(outcome.BestBound));
        if (!double.IsPositiveInfinity(best))
        {
            Assert.True(outcome.BestBound <= best + 1e-6, $"bound {outcome.BestBound} above the optimum {best}");

            // Its model is a relaxation: its optimum is no dearer than the best schedule either.
            Assert.True(outcome.Objective <= best + 1e-6, $"model objective {outcome.Objective} above the optimum {best}");
        }
    }

    [Fact]
    public void CheckpointsCoverEveryBusyQuarterTheDeadlineAndTheHorizonEnd()
    {
        var (instance, design) = RandomInstances.Tree(3, sites: 40, deadline: "2028-06-30", horizonYears: 20, start: "2019-01-01");
        var p = new ScheduleProblem(instance, design, new ScheduleOptions(), 0, 0);

        var dense = CpSatTimeModel.Checkpoints(p, 100, 9);
        var sparse = CpSatTimeModel.Checkpoints(p, 100_000, 9);

        Assert.Equal(Enumerable.Range(0, 11), dense.Take(11));
        Assert.Equal(p.QuarterCount - 1, dense[^1]);
        Assert.Contains(p.DeadlineIndex, dense);
        Assert.Equal(dense.Order().Distinct(), dense);
        Assert.True(sparse.Length < dense.Length);
        Assert.Equal(p.QuarterCount - 1, sparse[^1]);
        Assert.Equal(sparse.Order().Distinct(), sparse);
    }

    [Fact]
    public void RadioSiteBeforeItsHubInTheOrderGoesLiveInTheHubsQuarter()
    {
        var draft = new ScheduleDraft(ScheduleDraft.MakeScenario(trench: 1000, radio: 2));
        var tap = draft.Tap();
        var (hubSite, node) = draft.Site(Technology.Fibre, priority: 5);
        draft.Edge(tap, node, 100);
        var hub = draft.Hub(hubSite, hasFibre: false);
        var (radio, _) = draft.Site(Technology.Radio, priority: 1, capex: 28000, hub: hub);
        var (instance, design) = (draft.Instance(), draft.Design());
        var p = new ScheduleProblem(instance, design, new ScheduleOptions(), 0, 0);

        var result = ListScheduler.Run(p, [radio, hubSite]);

        Assert.Equal(0, result.Live[hubSite]);
        Assert.Equal(0, result.Live[radio]);
    }

    [Fact]
    public void CitySizedDesignGetsALagrangianBoundAndOrderBetweenTheBoundAndTheBaseline()
    {
        var (instance, design) = RandomInstances.Tree(42, sites: 870, trench: 6600, budget: 6_000_000, streets: 900,
            deadline: "2028-06-30", horizonYears: 20, start: "2019-01-01", radio: 10);
        var p = new ScheduleProblem(instance, design, new ScheduleOptions(), 0, 0);
        var order = RolloutScheduler.BaselineOrder(p);
        var baseline = ListScheduler.Run(p, order);

        var (bound, firstChosen, start) = TimeIndexedStage.Lagrangian(p, order, CancellationToken.None);

        Assert.True(bound <= baseline.Objective + 1e-6);
        Assert.True(bound >= RolloutScheduler.CapacityFreeBound(p) - 1e-3, "every quarter knows each site's earliest quarter");
        Assert.True(start.Result.Objective >= bound - 1e-6, $"a schedule {start.Result.Objective} below the bound {bound}");
        var figures = new ScheduleFigures("Lagrange-Reihenfolge", start.Result.Objective, bound, 0, baseline.Objective, 0);
        Assert.Empty(ScheduleChecker.Check(instance, design, ScheduleAssembler.Assemble(p, start.Result, figures, null)));
        Assert.All(Enumerable.Range(0, p.SiteCount).Where(p.Schedulable), s => Assert.True(firstChosen[s] >= p.EarliestLive(s)));
    }
}
