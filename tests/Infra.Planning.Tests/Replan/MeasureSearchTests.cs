using Infra.Core.Scenarios;
using Infra.Core.Sites;
using Infra.Planning.Instance;
using Infra.Planning.Replan;
using Infra.Planning.Schedule;
using Infra.Planning.Tests.Schedule;

namespace Infra.Planning.Tests.Replan;

/// <summary>
/// The measures: each found figure holds the deadline for all with the list scheduler and one step less does not (or the
/// re-planned schedule confirms less), the verifying re-plan keeps every rule, and a lever that cannot help says so.
/// </summary>
public sealed class MeasureSearchTests
{
    private static readonly ScheduleOptions Verify = new() { TimeLimitSeconds = 3, Threads = 1, ComputeExtraCapacity = false };

    [Fact]
    public void Find_civil_works_bound_gives_a_confirmed_trench_figure_and_no_budget_figure()
    {
        // Three fibre sites of 300 m each, 200 m per quarter, two quarters to the deadline: 900 m need 450 m per quarter.
        var (instance, design) = Trenches(trench: 200, budget: 10_000_000);
        var current = RolloutScheduler.Build(instance, design, Verify);
        Assert.False(DeadlineForecast.Of(instance, design, current).HoldsForAll);

        var measures = MeasureSearch.Find(instance, design, instance.Scenario.Capacities, current, Verify);

        var trench = measures.Single(m => m.Kind == MeasureKind.TrenchCapacity);
        Assert.NotNull(trench.Extra);
        Assert.True(trench.Verified);
        Assert.True(trench.Forecast!.HoldsForAll);
        Assert.Equal(200, trench.Base);
        Assert.True(ListHolds(instance, design, instance.Scenario.Capacities with { TrenchMetresPerQuarter = 200 + trench.Extra!.Value }));
        Assert.Null(measures.Single(m => m.Kind == MeasureKind.Budget).Extra);
        Assert.Null(measures.Single(m => m.Kind == MeasureKind.RadioInstalls).Extra);
        Assert.DoesNotContain(measures, m => m.Kind == MeasureKind.Combined);
        Assert.True(trench.BridgingAvoided > 0);
    }

    [Fact]
    public void Find_trench_figure_is_the_list_boundary_or_less()
    {
        var (instance, design) = Trenches(trench: 200, budget: 10_000_000);
        var current = RolloutScheduler.Build(instance, design, Verify);

        var trench = MeasureSearch.Find(instance, design, instance.Scenario.Capacities, current, Verify)
            .Single(m => m.Kind == MeasureKind.TrenchCapacity);

        // The list scheduler's boundary: the smallest multiple of 50 m with which it holds. The returned figure is that
        // boundary or, where the re-planned schedule confirms less, below it — never above.
        var boundary = Enumerable.Range(0, 100).Select(k => k * 50.0)
            .First(x => ListHolds(instance, design, instance.Scenario.Capacities with { TrenchMetresPerQuarter = 200 + x }));
        Assert.True(trench.Extra <= boundary, $"{trench.Extra} > {boundary}");
        var confirmed = RolloutScheduler.Build(instance.WithScenario(instance.Scenario with
        {
            Capacities = instance.Scenario.Capacities with { TrenchMetresPerQuarter = 200 + trench.Extra!.Value },
        }), design, Verify);
        Assert.Empty(ScheduleChecker.Check(instance.WithScenario(instance.Scenario with
        {
            Capacities = instance.Scenario.Capacities with { TrenchMetresPerQuarter = 200 + trench.Extra.Value },
        }), design, confirmed));
    }

    [Fact]
    public void Find_budget_bound_gives_a_budget_figure()
    {
        // Plenty of civil works, a budget of 40,000 € a year for three sites of 30,000 € each, deadline in the first year.
        var (instance, design) = Trenches(trench: 10_000, budget: 40_000);
        var current = RolloutScheduler.Build(instance, design, Verify);

        var budget = MeasureSearch.Find(instance, design, instance.Scenario.Capacities, current, Verify).Single(m => m.Kind == MeasureKind.Budget);

        Assert.NotNull(budget.Extra);
        Assert.True(budget.Verified);
        Assert.True(ListHolds(instance, design, instance.Scenario.Capacities with { CapexBudgetPerYear = 40_000 + budget.Extra!.Value }));
        Assert.False(ListHolds(instance, design, instance.Scenario.Capacities with { CapexBudgetPerYear = 40_000 + budget.Extra.Value - 10_000 }));
        Assert.True(budget.ExtraCapexUntilDeadline > 0);
    }

    [Fact]
    public void Find_nothing_when_the_deadline_holds()
    {
        var (instance, design) = Trenches(trench: 10_000, budget: 10_000_000);
        var current = RolloutScheduler.Build(instance, design, Verify);

        Assert.Empty(MeasureSearch.Find(instance, design, instance.Scenario.Capacities, current, Verify));
    }

    [Fact]
    public void Of_counts_connected_bridged_and_missed_as_the_schedule_says()
    {
        var draft = new ScheduleDraft(ScheduleDraft.MakeScenario(trench: 100, deadline: "2027-06-30"));
        var tap = draft.Tap();
        var (_, a) = draft.Site(Technology.Fibre);
        var (_, b) = draft.Site(Technology.Fibre);
        draft.Edge(tap, a, 100);
        draft.Edge(tap, b, 300);
        draft.Site(null, keeps: true);
        draft.Site(null);   // unserved
        var (instance, design) = (draft.Instance(), draft.Design());
        var schedule = RolloutScheduler.Build(instance, design, Verify);

        var forecast = DeadlineForecast.Of(instance, design, schedule);

        var live = schedule.Sites.Count(s => s.Live is { } q && q <= schedule.Deadline);
        Assert.Equal((4, live, schedule.Sites.Count(s => s.BridgedFrom is not null)), (forecast.Sites, forecast.Connected, forecast.Bridged));
        Assert.Equal(schedule.Sites.Count(s => s.MissesDeadline), forecast.Missed);
        Assert.Equal(1, forecast.Unserved);
        Assert.Equal(forecast.Sites, forecast.Connected + forecast.Bridged + forecast.Missed);
        Assert.Equal(schedule.DeadlineMisses.Select(m => instance.Sites[m.SiteIndex].Site.Id.Value).Order(StringComparer.Ordinal),
            forecast.Late.Select(l => l.SiteId));
        Assert.False(forecast.HoldsForAll);
    }

    private static bool ListHolds(PlanningInstance instance, NetworkDesign design, Capacities capacities)
    {
        var changed = instance.WithScenario(instance.Scenario with { Capacities = capacities });
        return DeadlineForecast.Of(changed, design,
            RolloutScheduler.Build(changed, design, Verify with { UseMip = false })).HoldsForAll;
    }

    private static (PlanningInstance Instance, NetworkDesign Design) Trenches(double trench, double budget)
    {
        var draft = new ScheduleDraft(ScheduleDraft.MakeScenario(trench: trench, budget: budget, deadline: "2027-06-30"));
        var tap = draft.Tap();
        for (var i = 0; i < 3; i++)
        {
            var (_, node) = draft.Site(Technology.Fibre, capex: 0);
            draft.Edge(tap, node, 300, capex: 30_000);
        }

        return (draft.Instance(), draft.Design());
    }
}
