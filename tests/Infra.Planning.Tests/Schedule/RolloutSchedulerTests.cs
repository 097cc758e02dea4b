using Infra.Core.Sites;
using Infra.Planning.Schedule;

namespace Infra.Planning.Tests.Schedule;

public sealed class RolloutSchedulerTests
{
    /// <summary>
    /// Tiny instances: a time limit that cannot bite even on a loaded machine. CP-SAT proves them optimal in milliseconds
    /// and the search then ends at the bound, so results do not depend on how busy the machine is.
    /// </summary>
    internal static readonly ScheduleOptions Tiny = new() { TimeLimitSeconds = 3600, Threads = 1 };

    /// <summary>Random instances of up to 16 sites, where only rules and "never worse than the baseline" are asserted.</summary>
    private static readonly ScheduleOptions Fast = new() { TimeLimitSeconds = 10, Threads = 1 };

    [Fact]
    public void FibreSiteGoesLiveWhenItsLastEdgeIsDug()
    {
        var draft = new ScheduleDraft(ScheduleDraft.MakeScenario(trench: 100));
        var tap = draft.Tap(tapCost: 2500);
        var mid = draft.Street();
        var (_, node) = draft.Site(Technology.Fibre, capex: 7000);
        draft.Edge(tap, mid, 100);
        draft.Edge(mid, node, 60);
        var (instance, design) = (draft.Instance(), draft.Design());

        var schedule = RolloutScheduler.Build(instance, design, Tiny);

        Assert.Empty(ScheduleChecker.Check(instance, design, schedule));
        Assert.Equal(new Quarter(2027, 2), schedule.Sites[0].Live);
        Assert.Equal(new Quarter(2027, 1), schedule.Taps.Single().Done);
        Assert.Equal((100 * 100) + (60 * 100) + 2500 + 7000, schedule.CapexByYear[2027].Fibre, 6);
        Assert.Equal(100, schedule.Quarters[0].TrenchMetres, 6);
        Assert.Equal(60, schedule.Quarters[1].TrenchMetres, 6);
        Assert.Equal(0.0, schedule.Quarters[0].ConnectedShare);
        Assert.Equal(1.0, schedule.Quarters[1].ConnectedShare);
        Assert.Empty(schedule.DeadlineMisses);
        Assert.Null(schedule.ExtraCapacity);
    }

    [Fact]
    public void EdgeLongerThanAQuarterSpansCeilQuarters()
    {
        var draft = new ScheduleDraft(ScheduleDraft.MakeScenario(trench: 100));
        var tap = draft.Tap();
        var (_, node) = draft.Site(Technology.Fibre);
        draft.Edge(tap, node, 250);
        var (instance, design) = (draft.Instance(), draft.Design());

        var schedule = RolloutScheduler.Build(instance, design, Tiny);

        Assert.Empty(ScheduleChecker.Check(instance, design, schedule));
        var edge = schedule.Edges.Single();
        Assert.Equal(3, edge.Quarters);
        Assert.Equal(new Quarter(2027, 3), edge.Dug);
        Assert.Equal(new Quarter(2027, 3), schedule.Sites[0].Live);
        Assert.Equal(250.0 / 3, schedule.Quarters[1].TrenchMetres, 6);
    }

    [Fact]
    public void RadioWaitsForItsHubAndLeasedHasOneQuarterLeadTime()
    {
        var draft = new ScheduleDraft(ScheduleDraft.MakeScenario(trench: 100, radio: 1));
        var tap = draft.Tap();
        var mid = draft.Street();
        var (hubSite, node) = draft.Site(Technology.Fibre, priority: 5);
        draft.Edge(tap, mid, 100);
        draft.Edge(mid, node, 100);
        var hub = draft.Hub(hubSite, hasFibre: false);
        var mast = draft.Hub(-1, hasFibre: true);
        draft.Site(Technology.Radio, priority: 1, capex: 28000, hub: hub);
        draft.Site(Technology.Radio, priority: 1, capex: 28000, hub: mast);
        draft.Site(Technology.Radio, priority: 2, capex: 28000, hub: mast);
        draft.Site(Technology.Leased, priority: 1, capex: 1500);
        var (instance, design) = (draft.Instance(), draft.Design());

        var schedule = RolloutScheduler.Build(instance, design, Tiny);

        Assert.Empty(ScheduleChecker.Check(instance, design, schedule));
        var hubLive = schedule.Sites[hubSite].Live!.Value;
        Assert.Equal(new Quarter(2027, 2), hubLive);
        Assert.True(schedule.Sites[1].Live >= hubLive);
        Assert.Equal(new Quarter(2027, 2), schedule.Sites[4].Live);
        var radioQuarters = new[] { 1, 2, 3 }.Select(s => schedule.Sites[s].Live!.Value).ToList();
        Assert.Equal(3, radioQuarters.Distinct().Count());
    }

    [Fact]
    public void WlanFollowsTheUplinkWithinItsQuarterlyCapacity()
    {
        var draft = new ScheduleDraft(ScheduleDraft.MakeScenario(wlan: 1));
        draft.Site(Technology.Leased, capex: 1500, wlan: WlanState.None, users: 60);
        draft.Site(Technology.Leased, capex: 1500, wlan: WlanState.Partial, kind: SiteKind.Office, floorArea: 700, publicWlan: true);
        draft.Site(null, keeps: true, wlan: WlanState.None, kind: SiteKind.Kita, users: 45);
        draft.Site(Technology.Leased, capex: 1500, wlan: WlanState.Full);
        var (instance, design) = (draft.Instance(), draft.Design());

        var schedule = RolloutScheduler.Build(instance, design, Tiny);

        Assert.Empty(ScheduleChecker.Check(instance, design, schedule));
        Assert.Equal(3, schedule.Sites[0].WlanAps);
        Assert.Equal(5, schedule.Sites[1].WlanAps);
        Assert.Equal(3, schedule.Sites[2].WlanAps);
        Assert.Equal(0, schedule.Sites[3].WlanAps);
        Assert.Null(schedule.Sites[3].WlanInstalled);
        Assert.Equal(new Quarter(2027, 1), schedule.Sites[2].WlanInstalled);
        var installs = new[] { 0, 1, 2 }.Select(s => schedule.Sites[s].WlanInstalled!.Value).ToList();
        Assert.Equal(3, installs.Distinct().Count());
        Assert.Equal(1.0, schedule.Quarters[^1].WlanShare);
    }

    [Fact]
    public void CapexAndOpexPerYearAreSplitByKind()
    {
        var draft = new ScheduleDraft(ScheduleDraft.MakeScenario());
        var tap = draft.Tap(tapCost: 2500);
        var (_, node) = draft.Site(Technology.Fibre, capex: 7000);
        draft.Edge(tap, node, 100, capex: 10_000);
        var mast = draft.Hub(-1, hasFibre: true);
        draft.Site(Technology.Radio, capex: 28_000, hub: mast);
        draft.Site(Technology.Leased, capex: 1500, wlan: WlanState.None, users: 50);
        var (instance, design) = (draft.Instance(), draft.Design());

        var schedule = RolloutScheduler.Build(instance, design, Tiny);

        Assert.Empty(ScheduleChecker.Check(instance, design, schedule));
        var capex = schedule.CapexByYear[2027];
        Assert.Equal(10_000 + 2500 + 7000, capex.Fibre, 6);
        Assert.Equal(28_000, capex.Radio, 6);
        Assert.Equal(1500, capex.Leased, 6);
        Assert.Equal((2 * 650) + 1200, capex.Wlan, 6);
        Assert.Equal(0, capex.Bridging);
        var opex2027 = schedule.OpexByYear[2027];
        Assert.Equal(3 * 3 * 450, opex2027.LeasedFees, 6);
        Assert.Equal(1800, opex2027.RadioUpkeep, 6);
        Assert.Equal(0.01 * (10_000 + 2500 + 4000), opex2027.PassiveUpkeep, 6);
        Assert.Equal(3 * 2 * 40 / 4.0, opex2027.WlanLicences, 6);
        var opex2028 = schedule.OpexByYear[2028];
        Assert.Equal(12 * 450, opex2028.LeasedFees, 6);
        Assert.Equal(2 * 40, opex2028.WlanLicences, 6);
        Assert.Equal([2027, 2028, 2029], schedule.OpexByYear.Keys);
    }

    [Fact]
    public void BudgetPerYearHoldsAndPushesWorkIntoTheNextYear()
    {
        var draft = new ScheduleDraft(ScheduleDraft.MakeScenario(trench: 10_000, budget: 30_000));
        var tap = draft.Tap();
        for (var i = 0; i < 3; i++)
        {
            var (_, node) = draft.Site(Technology.Fibre, priority: 1 + i, capex: 5000);
            draft.Edge(tap, node, 100, capex: 15_000);
        }

        var (instance, design) = (draft.Instance(), draft.Design());
        var schedule = RolloutScheduler.Build(instance, design, Tiny);

        Assert.Empty(ScheduleChecker.Check(instance, design, schedule));
        Assert.Equal(new Quarter(2027, 1), schedule.Sites[0].Live);
        Assert.Equal(new Quarter(2028, 1), schedule.Sites[1].Live);
        Assert.Equal(new Quarter(2029, 1), schedule.Sites[2].Live);
        Assert.Equal(2, schedule.DeadlineMisses.Count);
        Assert.All(schedule.DeadlineMisses, m => Assert.True(m.Bridged));
    }

    [Fact]
    public void SolverBeatsThePriorityBaselineAndMatchesEnumeration()
    {
        // A (priority 1) needs two full quarters of digging; B and C (priority 2) fit together in one quarter.
        var draft = new ScheduleDraft(ScheduleDraft.MakeScenario(trench: 100));
        var tap = draft.Tap();
        var mid = draft.Street();
        var (a, aNode) = draft.Site(Technology.Fibre, priority: 1);
        var (b, bNode) = draft.Site(Technology.Fibre, priority: 2);
        var (c, cNode) = draft.Site(Technology.Fibre, priority: 2);
        var a1 = draft.Edge(tap, mid, 100);
        var a2 = draft.Edge(mid, aNode, 100);
        var eb = draft.Edge(tap, bNode, 50);
        var ec = draft.Edge(tap, cNode, 50);
        var (instance, design) = (draft.Instance(), draft.Design());
        var paths = new Dictionary<int, int[]> { [a] = [a1, a2], [b] = [eb], [c] = [ec] };

        var best = Enumerator.Best(instance, design, paths, quarters: 6);
        var schedule = RolloutScheduler.Build(instance, design, Tiny);

        Assert.Empty(ScheduleChecker.Check(instance, design, schedule));
        Assert.Equal(10, best, 6);
        Assert.Equal(best, schedule.Figures.Objective, 6);
        Assert.Equal("optimal", schedule.Figures.SolverStatus);
        // Found by the search, not the baseline: the Lagrangian order already meets its bound here, else CP-SAT.
        Assert.Contains(schedule.Figures.Method, new[] { "CP-SAT", "Lagrange-Reihenfolge" });
        Assert.Equal(21, schedule.Figures.BaselineObjective, 6);
        Assert.True(schedule.Figures.BestBound <= schedule.Figures.Objective + 1e-6);
    }

    [Fact]
    public void SolverDelaysARadioLinkToFitTheLeasedLineInTheBudgetAndMatchesEnumeration()
    {
        var draft = new ScheduleDraft(ScheduleDraft.MakeScenario(trench: 1000, budget: 6000, deadline: "2027-09-30"));
        var tap = draft.Tap();
        var (h, hNode) = draft.Site(Technology.Fibre, priority: 3);
        var eh = draft.Edge(tap, hNode, 10, capex: 1000);
        var hub = draft.Hub(h, hasFibre: false);
        draft.Site(Technology.Radio, priority: 4, capex: 5000, hub: hub);
        draft.Site(Technology.Leased, priority: 1, capex: 3000);
        var (instance, design) = (draft.Instance(), draft.Design());

        var best = Enumerator.Best(instance, design, new Dictionary<int, int[]> { [h] = [eh] }, quarters: 9);
        var schedule = RolloutScheduler.Build(instance, design, Tiny);

        Assert.Empty(ScheduleChecker.Check(instance, design, schedule));
        Assert.Equal(best, schedule.Figures.Objective, 6);
        Assert.Equal("optimal", schedule.Figures.SolverStatus);
        Assert.True(schedule.Figures.Objective < schedule.Figures.BaselineObjective - 1);
    }

    [Fact]
    public void LateFibreSiteIsBridgedWhenAllowed()
    {
        var (instance, design) = LateSite(bridging: true);

        var schedule = RolloutScheduler.Build(instance, design, Tiny);

        Assert.Empty(ScheduleChecker.Check(instance, design, schedule));
        var site = schedule.Sites[0];
        Assert.Equal(new Quarter(2028, 1), site.Live);
        Assert.Equal(new Quarter(2027, 2), site.BridgedFrom);
        Assert.False(site.MissesDeadline);
        Assert.True(site.BridgingCostEuro > 1500);
        Assert.Contains("Überbrückung", site.Note, StringComparison.Ordinal);
        Assert.True(schedule.DeadlineMisses.Single().Bridged);
        Assert.Equal(1500, schedule.CapexByYear[2027].Bridging, 6);
        Assert.Equal(3 * 3 * 450, schedule.OpexByYear[2027].BridgingFees, 6);
        Assert.Equal(1.0, schedule.Quarters.Single(k => k.Quarter == schedule.Deadline).ConnectedShare);
        Assert.Equal(1, schedule.Quarters.Single(k => k.Quarter == schedule.Deadline).SitesAtRisk);
    }

    [Fact]
    public void LateFibreSiteMissesTheDeadlineWithoutBridging()
    {
        var (instance, design) = LateSite(bridging: false);

        var schedule = RolloutScheduler.Build(instance, design, Tiny);

        Assert.Empty(ScheduleChecker.Check(instance, design, schedule));
        var site = schedule.Sites[0];
        Assert.True(site.MissesDeadline);
        Assert.Null(site.BridgedFrom);
        Assert.Equal(0, site.BridgingCostEuro);
        var miss = schedule.DeadlineMisses.Single();
        Assert.False(miss.Bridged);
        Assert.Equal(new Quarter(2028, 1), miss.PlannedLive);
        Assert.Contains("Frist verfehlt", miss.Reason, StringComparison.Ordinal);
        Assert.Equal(0.0, schedule.Quarters.Single(k => k.Quarter == schedule.Deadline).ConnectedShare);
    }

    [Fact]
    public void ExtraCivilWorksCapacityMeetsTheDeadlineAndOneStepLessDoesNot()
    {
        var draft = new ScheduleDraft(ScheduleDraft.MakeScenario(trench: 100, deadline: "2027-06-30"));
        var tap = draft.Tap();
        for (var i = 0; i < 3; i++)
        {
            var (_, node) = draft.Site(Technology.Fibre, priority: 1 + i);
            draft.Edge(tap, node, 130 + (40 * i));
        }

        var (instance, design) = (draft.Instance(), draft.Design());
        var options = Tiny with { UseSolver = false, TrenchResolutionMetres = 10, BudgetResolutionEuro = 1000 };
        var schedule = RolloutScheduler.Build(instance, design, options);
        Assert.Empty(ScheduleChecker.Check(instance, design, schedule));
        var extra = schedule.ExtraCapacity!;
        Assert.NotNull(extra.TrenchMetresPerQuarter);
        Assert.Null(extra.BudgetEuroPerYear);

        AssertLeverIsTight(instance, design, options, extra.TrenchMetresPerQuarter!.Value, 10, trench: true);
    }

    [Fact]
    public void ExtraBudgetMeetsTheDeadlineAndOneStepLessDoesNot()
    {
        var draft = new ScheduleDraft(ScheduleDraft.MakeScenario(trench: 10_000, budget: 20_000, deadline: "2027-06-30"));
        var tap = draft.Tap();
        for (var i = 0; i < 3; i++)
        {
            var (_, node) = draft.Site(Technology.Fibre, priority: 3, capex: 4000);
            draft.Edge(tap, node, 50, capex: 9000 + (1000 * i));
        }

        var (instance, design) = (draft.Instance(), draft.Design());
        var options = Tiny with { UseSolver = false, BudgetResolutionEuro = 500 };
        var schedule = RolloutScheduler.Build(instance, design, options);
        var extra = schedule.ExtraCapacity!;
        Assert.Null(extra.TrenchMetresPerQuarter);
        var x = extra.BudgetEuroPerYear!.Value;
        Assert.Equal(22_000, x, 6);

        AssertLeverIsTight(instance, design, options, x, 500, trench: false);
    }

    [Fact]
    public void RadioInstallCapacityIsNoLeverForTrenchOrBudget()
    {
        var draft = new ScheduleDraft(ScheduleDraft.MakeScenario(radio: 0, deadline: "2027-06-30"));
        var mast = draft.Hub(-1, hasFibre: true);
        draft.Site(Technology.Radio, capex: 28000, hub: mast);
        var (instance, design) = (draft.Instance(), draft.Design());

        var schedule = RolloutScheduler.Build(instance, design, Tiny);

        Assert.Empty(ScheduleChecker.Check(instance, design, schedule));
        Assert.Null(schedule.Sites[0].Live);
        Assert.Equal(new Quarter(2027, 2), schedule.Sites[0].BridgedFrom);
        Assert.NotNull(schedule.ExtraCapacity);
        Assert.Null(schedule.ExtraCapacity!.TrenchMetresPerQuarter);
        Assert.Null(schedule.ExtraCapacity.BudgetEuroPerYear);
    }

    [Fact]
    public void UnservedSiteIsReportedAndKeptSiteIsLiveAtTheStart()
    {
        var draft = new ScheduleDraft(ScheduleDraft.MakeScenario());
        draft.Site(null, keeps: true);
        draft.Site(null);
        var (instance, design) = (draft.Instance(), draft.Design());

        var schedule = RolloutScheduler.Build(instance, design, Tiny);

        Assert.Empty(ScheduleChecker.Check(instance, design, schedule));
        Assert.Equal(schedule.Start, schedule.Sites[0].Live);
        Assert.True(schedule.Sites[1].MissesDeadline);
        Assert.Contains("nicht versorgt", schedule.DeadlineMisses.Single().Reason, StringComparison.Ordinal);
        Assert.Equal(0.5, schedule.Quarters[^1].ConnectedShare);
    }

    public static TheoryData<int> Seeds => new(Enumerable.Range(1, 8));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void SolverIsNeverWorseThanTheBaselineOnRandomInstances(int seed)
    {
        var (instance, design) = RandomInstances.Tree(seed, sites: 8 + seed);

        var schedule = RolloutScheduler.Build(instance, design, Fast);

        Assert.Empty(ScheduleChecker.Check(instance, design, schedule));
        Assert.True(schedule.Figures.Objective <= schedule.Figures.BaselineObjective + 1e-9);
        Assert.True(schedule.Figures.BestBound <= schedule.Figures.Objective + 1e-9);
        Assert.InRange(schedule.Figures.Gap, 0, 1);
    }

    /// <summary>One fibre site behind a 450 m edge at 100 m per quarter: five quarters, deadline in the second.</summary>
    private static (Infra.Planning.Instance.PlanningInstance, Infra.Planning.Instance.NetworkDesign) LateSite(bool bridging)
    {
        var draft = new ScheduleDraft(ScheduleDraft.MakeScenario(trench: 100, deadline: "2027-06-30", bridging: bridging));
        var tap = draft.Tap();
        var (_, node) = draft.Site(Technology.Fibre, priority: 2);
        draft.Edge(tap, node, 450);
        return (draft.Instance(), draft.Design());
    }

    /// <summary>Re-plans with the extra found (the deadline holds, all rules checked) and with one step less (it does not).</summary>
    private static void AssertLeverIsTight(Infra.Planning.Instance.PlanningInstance instance, Infra.Planning.Instance.NetworkDesign design,
        ScheduleOptions options, double extra, double step, bool trench)
    {
        foreach (var (amount, meets) in new[] { (extra, true), (extra - step, false) })
        {
            var what = trench ? options with { ExtraTrenchMetresPerQuarter = amount } : options with { ExtraBudgetPerYear = amount };
            var schedule = RolloutScheduler.Build(instance, design, what);
            Assert.Empty(ScheduleChecker.Check(instance, design, schedule, extraTrench: trench ? amount : 0, extraBudget: trench ? 0 : amount));
            Assert.Equal(meets, schedule.DeadlineMisses.Count == 0);
        }
    }
}
