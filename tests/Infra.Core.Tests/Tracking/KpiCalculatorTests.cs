using Infra.Core.Plans;
using Infra.Core.Progress;
using Infra.Core.Sites;
using Infra.Core.Tracking;

namespace Infra.Core.Tests.Tracking;

public sealed class KpiCalculatorTests
{
    private static readonly DateOnly AsOf = new(2026, 4, 1);
    private static readonly DateOnly Deadline = new(2028, 6, 30);

    // A: fibre, live 15 March, WLAN 20 March. B: radio, commissioning under way. C: keeps its uplink.
    // D: fibre planned after the deadline, commissioning reported for a day after AsOf.
    private static readonly SiteTrackingInput[] Sites =
    [
        new("A", SiteKind.School, "Mitte", PlanTechnology.Fibre, new DateOnly(2026, 3, 31),
        [
            Done("A", Milestone.Inbetriebnahme, new DateOnly(2026, 3, 15)),
            Done("A", Milestone.Wlan, new DateOnly(2026, 3, 20)),
        ]),
        new("B", SiteKind.Kita, "Mitte", PlanTechnology.Radio, new DateOnly(2026, 6, 30),
            [new SiteMilestone("B", Milestone.Inbetriebnahme, new DateOnly(2026, 5, 1), null, MilestoneStatus.InArbeit)]),
        new("C", SiteKind.School, "Nord", PlanTechnology.Keep, null, []),
        new("D", SiteKind.School, "Nord", PlanTechnology.Fibre, new DateOnly(2028, 9, 30), [Done("D", Milestone.Inbetriebnahme, new DateOnly(2026, 5, 1))]),
    ];

    [Fact]
    public void Compute_counts_connected_planned_wlan_and_risk_by_hand()
    {
        var k = KpiCalculator.Compute(Sites, AsOf, Deadline);

        // Connected: A (done before AsOf) and C (keep); D's date lies after AsOf.
        Assert.Equal((4, 2, 0.5), (k.Sites, k.Connected, k.ConnectedShare));
        Assert.Equal(0.25, k.WlanShare);         // A only
        Assert.Equal(0.5, k.PlannedShare);       // A (31 March) and C (keep)
        Assert.Equal(1, k.SitesAtRisk);          // D: planned after the deadline; B is on time
        Assert.Equal(AsOf, k.AsOf);
    }

    [Fact]
    public void Compute_groups_by_kind_district_and_technology_by_hand()
    {
        var k = KpiCalculator.Compute(Sites, AsOf, Deadline);

        var school = SiteKind.School.ToCode();
        var kita = SiteKind.Kita.ToCode();
        Assert.Equal(new GroupShare(2, 3, 2.0 / 3, 2.0 / 3), k.ByKind[school]);
        Assert.Equal(new GroupShare(0, 1, 0, 0), k.ByKind[kita]);
        Assert.Equal(new GroupShare(1, 2, 0.5, 0.5), k.ByDistrict["Mitte"]);
        Assert.Equal(new GroupShare(1, 2, 0.5, 0.5), k.ByDistrict["Nord"]);
        Assert.Equal(new GroupShare(1, 2, 0.5, 0.5), k.ByTechnology["fibre"]);
        Assert.Equal(new GroupShare(0, 1, 0, 0), k.ByTechnology["radio"]);
        Assert.Equal(new GroupShare(1, 1, 1, 1), k.ByTechnology["keep"]);
        Assert.Equal(["fibre", "keep", "radio"], k.ByTechnology.Keys);
    }

    [Fact]
    public void Compute_counts_a_milestone_done_on_the_date_itself()
    {
        var k = KpiCalculator.Compute(Sites, new DateOnly(2026, 5, 1), Deadline);

        Assert.Equal(3, k.Connected);            // D now counts; B is still under way
        Assert.Equal(0, k.SitesAtRisk);          // D is connected, so no longer at risk
    }

    [Fact]
    public void Compute_without_deadline_flags_only_schedule_misses()
    {
        SiteTrackingInput[] sites = [Sites[3], Sites[1] with { MissesDeadline = true }];

        var k = KpiCalculator.Compute(sites, AsOf);

        Assert.Equal(1, k.SitesAtRisk);
    }

    [Fact]
    public void Compute_with_no_sites_gives_zero_shares()
    {
        var k = KpiCalculator.Compute([], AsOf, Deadline);

        Assert.Equal((0, 0, 0.0, 0.0, 0.0, 0), (k.Sites, k.Connected, k.ConnectedShare, k.WlanShare, k.PlannedShare, k.SitesAtRisk));
        Assert.Empty(k.ByKind);
    }

    private static SiteMilestone Done(string site, Milestone milestone, DateOnly actual) =>
        new(site, milestone, actual, actual, MilestoneStatus.Erledigt);
}
