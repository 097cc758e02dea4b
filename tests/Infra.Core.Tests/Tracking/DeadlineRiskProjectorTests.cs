using Infra.Core.Plans;
using Infra.Core.Progress;
using Infra.Core.Sites;
using Infra.Core.Tracking;

namespace Infra.Core.Tests.Tracking;

/// <summary>The projection against cases computed by hand (docs/jobs.md explains the rule).</summary>
public sealed class DeadlineRiskProjectorTests
{
    private static readonly DateOnly AsOf = new(2027, 1, 1);

    [Fact]
    public void Trench_rate_and_commissioning_rate_are_observed_since_the_first_progress()
    {
        // First progress 10 weeks before asOf; 1000 of 3000 trench metres built; 2 sites commissioned.
        var sites = new[] { Live("A"), Live("B"), Open("C", PlanTechnology.Fibre, new(2027, 6, 30)) };
        var trenches = new[] { new TrenchWork("edge-1", 1000), new TrenchWork("edge-2", 2000) };
        var progress = new[] { new TrenchProgress("edge-1", 1000, AsOf.AddDays(-70)), new TrenchProgress("edge-2", 0, AsOf.AddDays(-70)) };

        var rate = DeadlineRiskProjector.ObserveRate(sites, trenches, progress, AsOf);

        Assert.Equal(AsOf.AddDays(-70), rate.WindowStart);
        Assert.Equal(10, rate.Weeks, 9);
        Assert.Equal(100, rate.TrenchMetresPerWeek, 9);
        Assert.Equal(0.2, rate.SitesPerWeek, 9);
        Assert.Equal(2000, rate.RemainingTrenchMetres, 9);
    }

    [Fact]
    public void Sites_queue_in_planned_order_behind_trench_work_and_commissioning()
    {
        // 100 m/week, 0.2 sites/week (as above); 2000 m left shared by the two fibre sites still to dig: 1000 m each.
        var sites = new[]
        {
            Live("A"),
            Live("B"),
            Open("C", PlanTechnology.Fibre, new(2027, 3, 31)),  // rank 1: trench 1000 m -> 10 wk, commissioning 1/0.2 = 5 wk -> 70 d
            Open("D", PlanTechnology.Radio, new(2027, 3, 31)),  // rank 2: no trench, 2/0.2 = 10 wk -> 70 d
            Open("E", PlanTechnology.Fibre, new(2027, 4, 30)),  // rank 3: trench 2000 m -> 20 wk, 3/0.2 = 15 wk -> 140 d
            Open("F", PlanTechnology.Leased, new(2028, 9, 30)), // rank 4: 20 wk -> 140 d, but the plan says later (after the deadline)
        };
        var trenches = new[] { new TrenchWork("edge-1", 1000), new TrenchWork("edge-2", 2000) };
        var progress = new[] { new TrenchProgress("edge-1", 1000, AsOf.AddDays(-70)) };

        var p = DeadlineRiskProjector.Project(sites, trenches, progress, AsOf, new DateOnly(2028, 6, 30)).ToDictionary(x => x.SiteId);

        Assert.Equal(["C", "D", "E", "F"], p.Keys);
        Assert.Equal(new DateOnly(2027, 3, 31), p["C"].ProjectedLive);   // asOf + 70 d = 2027-03-12, planned date is later
        Assert.Equal(new DateOnly(2027, 3, 31), p["D"].ProjectedLive);
        Assert.Equal(AsOf.AddDays(140), p["E"].ProjectedLive);           // 2027-05-21, after its planned 2027-04-30
        Assert.False(p["E"].MissesDeadline);
        Assert.Equal(new DateOnly(2028, 9, 30), p["F"].ProjectedLive);
        Assert.True(p["F"].MissesDeadline);
        Assert.Contains("nach Frist 30.06.2028", p["F"].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_slow_build_rate_pushes_sites_past_the_deadline()
    {
        // 10 weeks of progress, 100 m built: 10 m/week; 5000 m left for one fibre site -> 500 weeks.
        var sites = new[] { Live("A"), Open("B", PlanTechnology.Fibre, new(2027, 6, 30)) };
        var trenches = new[] { new TrenchWork("edge-1", 5100) };
        var progress = new[] { new TrenchProgress("edge-1", 100, AsOf.AddDays(-70)) };

        var b = Assert.Single(DeadlineRiskProjector.Project(sites, trenches, progress, AsOf, new DateOnly(2030, 1, 1)));

        Assert.Equal(AsOf.AddDays(3500), b.ProjectedLive);
        Assert.True(b.MissesDeadline);                                   // the plan's deadline, whatever its year
        Assert.Contains("Frist 01.01.2030", b.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_observed_progress_the_plan_decides_and_unserved_sites_always_miss()
    {
        var sites = new[] { Open("A", PlanTechnology.Fibre, new(2027, 6, 30)), Open("B", PlanTechnology.Radio, new(2028, 12, 31)), Open("C", PlanTechnology.None, null), Keep("D") };

        var p = DeadlineRiskProjector.Project(sites, [], [], AsOf, new DateOnly(2028, 6, 30)).ToDictionary(x => x.SiteId);

        Assert.Equal(["A", "B", "C"], p.Keys.Order(StringComparer.Ordinal));
        Assert.Null(p["A"].ProjectedLive);
        Assert.False(p["A"].MissesDeadline);
        Assert.True(p["B"].MissesDeadline);
        Assert.True(p["C"].MissesDeadline);
        Assert.Contains("nicht versorgbar", p["C"].Reason, StringComparison.Ordinal);
    }

    private static SiteTrackingInput Live(string id) => new(id, SiteKind.Kita, "Nord", PlanTechnology.Fibre, AsOf.AddDays(-30),
    [
        new SiteMilestone(id, Milestone.Tiefbau, null, AsOf.AddDays(-60), MilestoneStatus.Erledigt),
        new SiteMilestone(id, Milestone.Inbetriebnahme, null, AsOf.AddDays(-14), MilestoneStatus.Erledigt),
    ]);

    private static SiteTrackingInput Open(string id, PlanTechnology technology, DateOnly? planned) => new(id, SiteKind.Kita, "Nord", technology, planned, []);

    private static SiteTrackingInput Keep(string id) => new(id, SiteKind.Kita, "Nord", PlanTechnology.Keep, null, []);
}
