using Infra.Core.Sites;
using Infra.Planning.Instance;
using Infra.Planning.Schedule;

namespace Infra.Planning.Tests.Schedule;

/// <summary>
/// Random tiny designs (up to five edges and sites) whose best schedule is known by enumeration; where no schedule fits
/// everything into the horizon, the scheduler must leave a site without uplink.
/// </summary>
public sealed class EnumerationTests
{
    public static TheoryData<int> Seeds => new(Enumerable.Range(1, 100));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ScheduleMatchesTheEnumeratedOptimum(int seed)
    {
        var (instance, design, paths) = Tiny(seed);
        var quarters = Math.Max(instance.Scenario.HorizonYears * 4,
            (Quarter.FromDate(instance.Scenario.Deadline) - Quarter.FromDate(instance.Scenario.PlanningStart)) + 9);

        var best = Enumerator.Best(instance, design, paths, quarters);
        var schedule = RolloutScheduler.Build(instance, design, RolloutSchedulerTests.Tiny);
        // Solved to the end, not stopped by the clock: the result does not depend on how busy the machine is.
        Assert.Equal("optimal", schedule.Figures.SolverStatus);

        if (double.IsPositiveInfinity(best))
        {
            // The budget over the horizon does not cover everything: some site stays without uplink.
            Assert.Empty(ScheduleChecker.Check(instance, design, schedule, requireAllEdges: false));
            Assert.Contains(schedule.Sites, s => s.Live is null);
            return;
        }

        Assert.Empty(ScheduleChecker.Check(instance, design, schedule));
        Assert.True(schedule.Figures.BestBound <= best + 1e-6, $"bound {schedule.Figures.BestBound} above the optimum {best}");
        Assert.Equal(best, schedule.Figures.Objective, 6);
    }

    /// <summary>
    /// A tap, an optional shared street edge, two or three fibre sites (on the street or straight off the tap), maybe a radio
    /// site on the first fibre site's hub and a leased site; every edge fits into one quarter, the budget over the horizon
    /// covers everything, the deadline is the second or fourth quarter.
    /// </summary>
    internal static (PlanningInstance, NetworkDesign, Dictionary<int, int[]>) Tiny(int seed)
    {
        var random = new Random(seed);
        var trench = 100 + random.Next(101);
        var budget = 20_000 + random.Next(20_000);
        var scenario = ScheduleDraft.MakeScenario(trench: trench, budget: budget, radio: 1, bridging: seed % 3 != 0,
            deadline: seed % 2 == 0 ? "2027-06-30" : "2027-12-31", horizonYears: 2);
        var draft = new ScheduleDraft(scenario);
        var tap = draft.Tap();
        var paths = new Dictionary<int, int[]>();
        var items = 0;
        var trunk = -1;
        var street = -1;
        if (random.Next(2) == 0)
        {
            street = draft.Street();
            trunk = draft.Edge(tap, street, 30 + random.Next(trench - 30));
            items++;
        }

        var fibre = 2 + random.Next(2);
        for (var i = 0; i < fibre && items < 5; i++)
        {
            var (site, node) = draft.Site(Technology.Fibre, priority: 1 + random.Next(5), capex: 1000 * random.Next(6));
            var onStreet = street >= 0 && random.Next(2) == 0;
            var edge = draft.Edge(onStreet ? street : tap, node, 30 + random.Next(trench - 30));
            paths[site] = onStreet ? [trunk, edge] : [edge];
            items++;
        }

        if (items < 5 && random.Next(2) == 0)
        {
            var hub = draft.Hub(paths.Keys.First(), hasFibre: false);
            draft.Site(Technology.Radio, priority: 1 + random.Next(5), capex: 5000 + (1000 * random.Next(10)), hub: hub);
            items++;
        }

        if (items < 5 && random.Next(2) == 0)
        {
            draft.Site(Technology.Leased, priority: 1 + random.Next(5), capex: 1500 + (1000 * random.Next(5)));
        }

        return (draft.Instance(), draft.Design(), paths);
    }
}
