using Infra.Core.Language;
using Infra.Core.Network;
using Infra.Core.Plans;
using Infra.Core.Scenarios;
using Infra.Core.Sites;
using Infra.Planning.Costs;
using Infra.Planning.Instance;
using Infra.Planning.Tests.Graph;
using NetTopologySuite.Geometries;
using Infra.Planning.Preparation;

namespace Infra.Planning.Tests.Costs;

public sealed class PlanningInstanceBuilderTests
{
    private static Site At(string id, SiteKind kind, double x, double y) => GraphFixtures.Site(id, x, y) with { Kind = kind };

    /// <summary>
    /// Streets: y = 0 from x = 0 to 1000 and x = 500 from y = -500 to 500 (crossing at 500,0). One LWL route from (0,0) to
    /// (0,-200) without access points (both vertices are taps). Sites: A-KITA (Kita, 10 staff), B-SCHULE (school),
    /// C-AMT (office on fibre 1000 Mbit/s today), D-FERN (school, 10 Gbit/s, fibre excluded, 20 km away), E-PRIVAT (out of scope).
    /// Extra hubs: H-MAST with fibre, H-OHNE without.
    /// </summary>
    private static GeoInventory Inventory(bool withRoute = true) => new()
    {
        Sites =
        [
            At("E-PRIVAT", SiteKind.School, 700, 10) with { InScope = false },
            At("D-FERN", SiteKind.School, 20_000, 0) with { DemandMbps = 10_000, ExcludedTechnologies = new HashSet<Technology> { Technology.Fibre } },
            At("C-AMT", SiteKind.Office, 100, 300) with { CurrentUplink = UplinkKind.Fibre, CurrentUplinkMbps = 1000 },
            At("B-SCHULE", SiteKind.School, 300, 20),
            At("A-KITA", SiteKind.Kita, 800, 30) with { Users = 10 },
        ],
        Streets =
        [
            GraphFixtures.Street("s1", "LINESTRING (0 0, 500 0, 1000 0)"),
            GraphFixtures.Street("s2", "LINESTRING (500 -500, 500 0, 500 500)"),
        ],
        Routes = withRoute ? [GraphFixtures.Route("r1", "LINESTRING (0 0, 0 -200)", freeDucts: 0)] : [],
        Hubs =
        [
            new RadioHub { Id = new FeatureId("H-OHNE"), Location = new Point(400, 400), HasFibre = false },
            new RadioHub { Id = new FeatureId("H-MAST"), Location = new Point(600, 600), MaxLinks = 3 },
        ],
    };

    private static readonly Scenario Default = new() { Name = "test" };

    [Fact]
    public void Sites_in_scope_ordered_by_id_with_demand_and_kept_uplinks()
    {
        var instance = PlanningInstanceBuilder.Build(Default, Inventory());

        Assert.Equal(["A-KITA", "B-SCHULE", "C-AMT", "D-FERN"], instance.Sites.Select(s => s.Site.Id.Value));
        Assert.Equal([0, 1, 2, 3], instance.Sites.Select(s => s.Index));
        Assert.Equal([100, 1000, 100, 10_000], instance.Sites.Select(s => s.DemandMbps));
        Assert.Equal([false, false, true, false], instance.Sites.Select(s => s.KeepsCurrentUplink));
        Assert.Empty(instance.Sites[2].Options);
        Assert.Empty(instance.Sites[2].Exclusions);
    }

    [Fact]
    public void Options_and_coded_exclusions_per_site()
    {
        var instance = PlanningInstanceBuilder.Build(Default, Inventory());
        var npv = new NpvCalculator(Default);

        var kita = instance.Sites[0];
        Assert.Equal([Technology.Fibre, Technology.Radio, Technology.Leased], kita.Options.Select(o => o.Technology));
        Assert.Equal(npv.FibreOption(), kita.Option(Technology.Fibre));
        Assert.Equal(npv.RadioOption(), kita.Option(Technology.Radio));
        Assert.Equal(npv.LeasedOption(), kita.Option(Technology.Leased));
        Assert.Empty(kita.Exclusions);

        var school = instance.Sites[1];
        Assert.Equal([Technology.Fibre, Technology.Radio], school.Options.Select(o => o.Technology));
        Assert.Equal([new PlanExclusion(PlanTechnology.Leased, ExclusionCode.DemandAboveCapacity, 1000, 100)], school.Exclusions);

        var far = instance.Sites[3];
        Assert.Empty(far.Options);
        Assert.Equal(
            [
                new PlanExclusion(PlanTechnology.Fibre, ExclusionCode.ByScenario),
                new PlanExclusion(PlanTechnology.Radio, ExclusionCode.NoHubInRange, 10_000, 10_000, 3_000),
                new PlanExclusion(PlanTechnology.Leased, ExclusionCode.DemandAboveCapacity, 10_000, 100),
            ],
            far.Exclusions);
        Assert.Equal(
            ["LWL-Eigenbau: durch Szenario ausgeschlossen", "Richtfunk: kein Hub in Reichweite (3,0 km bei 10 Gbit/s)", "Mietleitung: 100 Mbit/s < Bedarf 10.000 Mbit/s"],
            far.Exclusions.Select(PlanTexts.Exclusion));
    }

    [Fact]
    public void Graph_hubs_and_radio_pairs()
    {
        var instance = PlanningInstanceBuilder.Build(Default, Inventory());

        Assert.Equal([0, 1], instance.Graph.SiteNode.Keys.Order());
        Assert.NotEmpty(instance.Graph.TapNodes);
        Assert.Equal(
            [("A-KITA", 0, false, 6), ("B-SCHULE", 1, false, 6), ("C-AMT", 2, true, 6), ("H-MAST", -1, true, 3)],
            instance.Hubs.Select(h => (h.Id, h.SiteIndex, h.HasFibreAlready, h.MaxLinks)));
        Assert.Equal([0, 1, 2, 3], instance.Hubs.Select(h => h.Index));

        // Site 0 (Kita) reaches every other hub within 10 km; never its own hub. Site 3 is out of every hub's 3 km range.
        Assert.Equal([1, 2, 3], instance.RadioCandidates.Where(c => c.SiteIndex == 0).Select(c => c.HubIndex).Order());
        Assert.DoesNotContain(instance.RadioCandidates, c => c.SiteIndex is 2 or 3);
        Assert.All(instance.RadioCandidates, c => Assert.Equal(LineOfSight.NotVerified, c.LineOfSight));
        Assert.Equal(npv(Default).PassiveNpvFactor, instance.PassiveNpvFactor, 12);

        static NpvCalculator npv(Scenario s) => new(s);
    }

    [Fact]
    public void Hubs_with_fibre_today_stay_candidates_behind_many_nearer_site_hubs()
    {
        // 15 schools 50 m apart along the street, each may get fibre (hubs without fibre today); H-MAST 5 km away has fibre.
        var inventory = Inventory() with
        {
            Sites = [.. Enumerable.Range(0, 15).Select(i => At($"S{i:00}", SiteKind.School, 50 * (i + 1), 10))],
            Hubs = [new RadioHub { Id = new FeatureId("H-MAST"), Location = new Point(5_000, 0) }],
        };

        var instance = PlanningInstanceBuilder.Build(Default, inventory);

        var mast = instance.Hubs.Single(h => h.Id == "H-MAST").Index;
        var first = instance.RadioCandidates.Where(c => c.SiteIndex == 0).ToList();
        Assert.Equal(13, first.Count); // the finder's 12 nearest site hubs, and the mast
        Assert.Equal(mast, first[^1].HubIndex);
        Assert.Equal(Math.Sqrt((4_950.0 * 4_950) + (10 * 10)), first[^1].DistanceM, 6);
        Assert.Equal(first.OrderBy(c => c.DistanceM).ThenBy(c => c.HubIndex), first);
    }

    [Fact]
    public void Without_existing_fibre_no_site_can_get_fibre()
    {
        var instance = PlanningInstanceBuilder.Build(Default, Inventory(withRoute: false));

        Assert.Contains(new PlanExclusion(PlanTechnology.Fibre, ExclusionCode.NoNetworkAccess), instance.Sites[0].Exclusions);
        Assert.Contains(new PlanExclusion(PlanTechnology.Fibre, ExclusionCode.NoNetworkAccess), instance.Sites[1].Exclusions);
        Assert.Equal(["C-AMT", "H-MAST"], instance.Hubs.Select(h => h.Id));
    }

    [Fact]
    public void Policies_exclude_technologies_with_a_reason()
    {
        var scenario = Default with { Policies = new Policies { Disallowed = new HashSet<Technology> { Technology.Radio } } };

        var instance = PlanningInstanceBuilder.Build(scenario, Inventory());

        Assert.Empty(instance.RadioCandidates);
        Assert.Equal([Technology.Fibre, Technology.Leased], instance.Sites[0].Options.Select(o => o.Technology));
        Assert.Equal([new PlanExclusion(PlanTechnology.Radio, ExclusionCode.ByScenario)], instance.Sites[0].Exclusions);
    }

    [Fact]
    public void Without_keeping_adequate_uplinks_the_fibre_site_decides_again()
    {
        var scenario = Default with { Policies = new Policies { KeepAdequateUplinks = false } };

        var instance = PlanningInstanceBuilder.Build(scenario, Inventory());

        Assert.False(instance.Sites[2].KeepsCurrentUplink);
        Assert.Contains(Technology.Leased, instance.Sites[2].Options.Select(o => o.Technology));
        Assert.True(instance.Hubs.Single(h => h.Id == "C-AMT").HasFibreAlready);
    }

    [Fact]
    public void Aggregates_up_to_the_deadline()
    {
        // 2019-01-01 .. 2028-06-30: 2019 Q1 .. 2028 Q2 = 9 × 4 + 2 = 38 quarters.
        var instance = PlanningInstanceBuilder.Build(Default, Inventory());
        Assert.Equal(38 * 6600, instance.TrenchMetresUntilDeadline, 6);
        Assert.Equal(38 * 10, instance.RadioInstallsUntilDeadline);

        // 2019 .. 2027 in full, 2028 for two of four quarters.
        Assert.Equal((9 * 6_000_000) + 3_000_000, instance.CapexBudgetUntilDeadline, 6);

        var byYear = Default with
        {
            Capacities = new Capacities { CapexBudgetPerYear = 1_000_000, CapexBudgetByYear = new Dictionary<int, double> { [2020] = 4_000_000, [2028] = 2_000_000 } },
        };
        Assert.Equal((8 * 1_000_000) + 4_000_000 + 1_000_000, PlanningInstanceBuilder.CapexBudgetUntilDeadline(byYear), 6);
    }

    [Theory]
    [InlineData("2026-05-15", "2026-11-30", 3, 0.75)]  // Q2 .. Q4 of one year
    [InlineData("2026-12-31", "2027-01-01", 2, 1.25)]  // 2026 in full, 2027 Q1
    [InlineData("2027-01-01", "2026-12-31", 0, 0)]     // deadline before start
    public void Quarters_and_budget_are_counted_by_whole_quarters(string start, string deadline, int quarters, double budgetYears)
    {
        var scenario = Default with
        {
            PlanningStart = DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
            Deadline = DateOnly.Parse(deadline, System.Globalization.CultureInfo.InvariantCulture),
        };

        Assert.Equal(quarters, PlanningInstanceBuilder.QuartersUntilDeadline(scenario.PlanningStart, scenario.Deadline));
        Assert.Equal(budgetYears * 6_000_000, PlanningInstanceBuilder.CapexBudgetUntilDeadline(scenario), 6);
    }

    [Fact]
    public void Building_twice_gives_the_same_instance()
    {
        var a = PlanningInstanceBuilder.Build(Default, Inventory());
        var b = PlanningInstanceBuilder.Build(Default, Inventory());

        Assert.Equal(a.Graph.Edges.Select(e => (e.From, e.To, e.CapexEuro)), b.Graph.Edges.Select(e => (e.From, e.To, e.CapexEuro)));
        Assert.Equal(a.RadioCandidates, b.RadioCandidates);
        Assert.Equal(a.Hubs, b.Hubs);
    }
}
