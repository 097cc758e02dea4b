using Infra.Core.Language;
using Infra.Core.Network;
using Infra.Core.Plans;
using Infra.Core.Scenarios;
using Infra.Core.Sites;
using Infra.Synthetic;
using Infra.Planning.Design;
using Infra.Planning.Instance;
using Infra.Planning.Plans;
using Infra.Planning.Tests.Support;
using static Infra.Planning.Tests.Graph.GraphFixtures;
using Infra.Planning.Preparation;

namespace Infra.Planning.Tests.Plans;

/// <summary>Top-level verdicts and the reasons of unserved sites, checked against the inputs and an independent check.</summary>
public sealed class PlanVerdictsTests
{
    private static readonly Site[] Schools =
        [School("A", 1_000, 1_000), School("B", 3_000, 1_500), School("C", 6_000, 800), Site("K", 2_000, 4_000) with { Kind = SiteKind.Kita }];

    [Fact]
    public void Build_sites_without_network_layers_say_so_first_and_name_the_layers()
    {
        var (_, _, plan) = Plan(new GeoInventory { Sites = Schools }, new Scenario { Name = "ohne Netz" });

        var first = plan.Verdicts[0];
        Assert.Equal(VerdictCodes.NoNetworkLayer, first.Code);
        Assert.Equal(VerdictSeverity.Error, first.Severity);
        Assert.Contains("LWL-Trassen", first.Message, StringComparison.Ordinal);
        Assert.Contains("Richtfunk-Standorte", first.Message, StringComparison.Ordinal);
        // Three 1 Gbit/s schools have no technology at all (the Kita can lease): most sites are unservable.
        var unservable = Assert.Single(plan.Verdicts, v => v.Code == "most_sites_unservable");
        Assert.Equal(3, unservable.Figures["sites_unservable"]);
        Assert.Equal(4, unservable.Figures["sites"]);
        Assert.All(plan.Sites.Where(s => s.Site.Kind == SiteKind.School), s => Assert.Equal(ReasonCode.Unservable, s.Reason.Code));
        Assert.True(plan.Verdicts.Select(v => v.Severity).SequenceEqual(plan.Verdicts.Select(v => v.Severity).OrderDescending()));
    }

    [Fact]
    public void Build_radio_links_without_obstacles_count_as_not_verified()
    {
        var network = new GeoInventory
        {
            Sites = Schools,
            Hubs = [new RadioHub { Id = new FeatureId("MAST"), Location = Wkt<NetTopologySuite.Geometries.Point>("POINT (3000 3000)") }],
        };

        var (_, _, plan) = Plan(network, new Scenario { Name = "Funk" });

        Assert.NotEmpty(plan.Links);
        Assert.DoesNotContain(plan.Verdicts, v => v.Code == VerdictCodes.NoNetworkLayer);
        var verdict = Assert.Single(plan.Verdicts, v => v.Code == "line_of_sight_not_verified");
        Assert.Equal(plan.Links.Count, verdict.Figures["links_not_verified"]);
        Assert.Contains($"bei {plan.Links.Count} von {plan.Links.Count} Richtfunkstrecken", verdict.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(300_000)]
    [InlineData(1_500_000)]
    [InlineData(6_000_000)]
    public void Build_budget_is_named_only_where_it_blocks_the_returned_plan(double budgetPerYear)
    {
        var inventory = StateSynthesizer.Generate(new StateSynthesisOptions { SiteCount = 400, TownCount = 12, RingTowns = 4, SpokeTowns = 3, Seed = 5 });
        var scenario = new Scenario
        {
            Name = "Budget",
            Capacities = new Capacities { CapexBudgetPerYear = budgetPerYear },
            Solver = new SolverSettings { TimeLimitSeconds = 20 },
        };

        var (instance, design, plan) = Plan(inventory, scenario);

        Assert.Empty(PlanChecker.Check(instance, design));
        var (trench, capex, radio) = PlanChecker.Totals(instance, design);
        var budgetLeft = instance.CapexBudgetUntilDeadline - capex;
        var cheapestOwn = new[] { Technology.Leased, Technology.Radio, Technology.Fibre }
            .ToDictionary(t => t, t => PlanChecker.OptionCost(scenario, t).Capex);
        foreach (var site in plan.Sites.Where(s => s.Reason.Code == ReasonCode.UnservedByLimits))
        {
            Assert.NotEqual(LimitCode.FitsLimits, site.Reason.Limit);
            var reason = PlanTexts.Reason(Export(site));
            foreach (var block in site.Reason.Limits!.Where(b => b.Code == LimitCode.Budget))
            {
                // What the plan leaves of the budget, recomputed; the need is at least the technology's own CAPEX.
                Assert.Equal(budgetLeft, block.Available, 0.01);
                Assert.True(block.Needed > budgetLeft && block.Needed >= cheapestOwn[Of(block.Technology)] - 1e-6, reason);
                Assert.Contains("Investitionsbudget", reason, StringComparison.Ordinal);
            }

            foreach (var block in site.Reason.Limits!.Where(b => b.Code == LimitCode.TrenchCapacity))
            {
                Assert.Equal(Math.Max(0, instance.TrenchMetresUntilDeadline - trench), block.Available, 0.01);
                Assert.True(block.Needed > block.Available);
            }

            foreach (var block in site.Reason.Limits!.Where(b => b.Code == LimitCode.RadioInstalls))
            {
                Assert.Equal(instance.RadioInstallsUntilDeadline, radio);
            }
        }

        Assert.Empty(RoomChecker.UnservedWithRoom(instance, design));
    }

    [Fact]
    public void Build_no_budget_serves_nobody_and_says_so_first_with_the_budget_as_the_limit()
    {
        var inventory = StateSynthesizer.Generate(new StateSynthesisOptions { SiteCount = 120, TownCount = 6, RingTowns = 3, SpokeTowns = 2, Seed = 3 });
        var scenario = new Scenario
        {
            Name = "ohne Geld",
            Capacities = new Capacities { CapexBudgetPerYear = 0 },
            Solver = new SolverSettings { TimeLimitSeconds = 10 },
        };

        var (instance, design, plan) = Plan(inventory, scenario);

        Assert.Empty(PlanChecker.Check(instance, design));
        var needing = plan.Sites.Count(s => !s.KeepsCurrentUplink);
        Assert.True(needing > 0);
        Assert.Equal(0, plan.Totals.SitesPlanned);
        // The network is there, so the first word is that nobody is served, not that layers are missing.
        Assert.DoesNotContain(plan.Verdicts, v => v.Code == VerdictCodes.NoNetworkLayer);
        var first = plan.Verdicts[0];
        Assert.Equal(VerdictCodes.NothingServed, first.Code);
        Assert.Equal(VerdictSeverity.Error, first.Severity);
        Assert.Equal(needing, first.Figures["sites"]);
        Assert.Contains($"keine der {needing} Liegenschaften", first.Message, StringComparison.Ordinal);
        // Every technology costs some CAPEX, and none is left: each site with options names the budget for each technology.
        var limited = plan.Sites.Where(s => s.Reason.Code == ReasonCode.UnservedByLimits).ToArray();
        Assert.NotEmpty(limited);
        Assert.All(limited, s => Assert.All(s.Reason.Limits!, l => Assert.True(l.Code == LimitCode.Budget || l.Code == LimitCode.NoHubWithFibre, $"{s.Site.Id.Value}: {l}")));
        var budget = limited.SelectMany(s => s.Reason.Limits!).Where(l => l.Code == LimitCode.Budget).ToArray();
        Assert.NotEmpty(budget);
        Assert.All(budget, l => Assert.True(l.Available == 0 && l.Needed > 0, l.ToString()));
        if (2 * limited.Length > needing)
        {
            var unserved = Assert.Single(plan.Verdicts, v => v.Code == VerdictCodes.MostSitesUnserved);
            Assert.Equal(limited.Length, unserved.Figures["sites_unserved"]);
            Assert.Contains("Investitionsbudget", unserved.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Build_state_without_streets_and_with_ample_limits_serves_every_site_that_has_an_option()
    {
        var inventory = StateSynthesizer.Generate(new StateSynthesisOptions { SiteCount = 300, TownCount = 10, RingTowns = 4, SpokeTowns = 3, Seed = 11 });
        var scenario = new Scenario
        {
            Name = "Land, großes Budget",
            Capacities = new Capacities { CapexBudgetPerYear = 1e10, TrenchMetresPerQuarter = 1e8, RadioInstallsPerQuarter = 10_000 },
            Solver = new SolverSettings { TimeLimitSeconds = 20 },
        };

        var (instance, design, plan) = Plan(inventory, scenario);

        Assert.Empty(PlanChecker.Check(instance, design));
        var unservable = plan.Sites.Count(s => s.Reason.Code == ReasonCode.Unservable);
        // Limits that bind nothing: only hub links could still keep a site from Richtfunk, and then fibre or a leased line remains.
        Assert.All(plan.Sites.Where(s => s.Reason.Code == ReasonCode.UnservedByLimits), s => Assert.Fail($"{s.Site.Id.Value}: {s.Reason.Limit}"));
        Assert.Equal(plan.Sites.Count - unservable - plan.Totals.SitesKeepingUplink, plan.Totals.SitesPlanned);
        Assert.True(plan.Totals.SitesPlanned > plan.Sites.Count / 2, $"{plan.Totals.SitesPlanned} of {plan.Sites.Count}");
        Assert.DoesNotContain(plan.Verdicts, v => v.Severity == VerdictSeverity.Error);
    }

    private static Technology Of(PlanTechnology technology) => technology switch
    {
        PlanTechnology.Fibre => Technology.Fibre,
        PlanTechnology.Radio => Technology.Radio,
        _ => Technology.Leased,
    };

    /// <summary>The site as the contract carries it (no schedule), for the German text made at the edges.</summary>
    private static PlanSite Export(PlannedSite s) => new(s.Site.Id.Value, s.Site.Name, s.Site.Kind, s.Site.District, s.DemandMbps, s.Decision,
        s.HubId, s.TrenchMetresShare, s.CapexEuro, s.OpexPerYearEuro, s.NpvEuro, s.Alternatives, s.Reason, null, null, 0, null, null, false, null,
        false, s.Site.Location);

    private static Site School(string id, double x, double y) => Site(id, x, y) with { DemandMbps = 1000 };

    private static (PlanningInstance Instance, NetworkDesign Design, Plan Plan) Plan(GeoInventory inventory, Scenario scenario)
    {
        var instance = PlanningInstanceBuilder.Build(scenario, inventory);
        var result = NetworkDesignOptimizer.Optimize(instance);
        return (instance, result.Design, PlanBuilder.Build(instance, result));
    }
}
