using Infra.Core.Scenarios;
using Infra.Core.Sites;
using Infra.Planning.Instance;
using Infra.Planning.Tests.Support;

namespace Infra.Planning.Tests.SupportTests;

public sealed class PlanCheckerTests
{
    private const Technology F = Technology.Fibre;
    private const Technology R = Technology.Radio;
    private const Technology L = Technology.Leased;

    // Closed forms at the defaults (2.5 %, 20 years), independent of the loops under test.
    private static readonly double AnnuityDefault = (1 - Math.Pow(1.025, -20)) / 0.025;
    private static readonly double PassiveDefault = 1 + (0.01 * AnnuityDefault);
    private static readonly double FibreNpv = (4000 * PassiveDefault) + (3000 * (1 + Math.Pow(1.025, -8) + Math.Pow(1.025, -16)));
    private static readonly double RadioNpv = (28000 * (1 + Math.Pow(1.025, -10))) + (1800 * AnnuityDefault);
    private static readonly double LeasedNpv = 1500 + (12 * 450 * AnnuityDefault);

    /// <summary>RadioHubs: school on fibre (both edges, the tap), office via the school, Kita via the mast, library leased.</summary>
    private static NetworkDesign ValidRadioHubsDesign() => new([F, R, R, L], [-1, 0, 1, -1], [true, true], [true, false, false]);

    [Fact]
    public void Cost_factors_match_closed_forms()
    {
        var scenario = new Scenario { Name = "defaults" };
        Assert.Equal(AnnuityDefault, PlanChecker.Annuity(scenario), 9);
        Assert.Equal(PassiveDefault, PlanChecker.PassiveFactor(scenario), 9);
        Assert.Equal(0, PlanChecker.Reinvestment(scenario, 40));
        Assert.Equal(Math.Pow(1.025, -10), PlanChecker.Reinvestment(scenario, 10), 12);

        // Exactly at the horizon is no reinvestment: kL < H.
        Assert.Equal(Math.Pow(1.025, -5) + Math.Pow(1.025, -10) + Math.Pow(1.025, -15), PlanChecker.Reinvestment(scenario, 5), 12);
        Assert.Equal(7000, PlanChecker.OptionCost(scenario, F).Capex);
        Assert.Equal(FibreNpv, PlanChecker.OptionCost(scenario, F).Npv, 6);
        Assert.Equal(RadioNpv, PlanChecker.OptionCost(scenario, R).Npv, 6);
        Assert.Equal(LeasedNpv, PlanChecker.OptionCost(scenario, L).Npv, 6);
    }

    [Fact]
    public void Check_accepts_a_valid_design_and_scores_it()
    {
        var instance = TinyInstances.RadioHubs();
        var design = ValidRadioHubsDesign();

        Assert.Empty(PlanChecker.Check(instance, design));
        var passive = ((430 * 114.0) + 2500) * PassiveDefault;
        Assert.Equal(passive + FibreNpv + (2 * RadioNpv) + LeasedNpv, PlanChecker.Score(instance, design), 6);
        var totals = PlanChecker.Totals(instance, design);
        Assert.Equal(430, totals.TrenchMetres, 9);
        Assert.Equal((430 * 114.0) + 2500 + 7000 + (2 * 28000) + 1500, totals.Capex, 6);
        Assert.Equal(2, totals.RadioLinks);
    }

    [Fact]
    public void Check_two_drops_built_for_sites_at_one_address_are_reported()
    {
        var instance = TinyInstances.TwoSchoolsAtOneAddressWithTwoDrops();
        var both = new NetworkDesign([F, F], [-1, -1], [true, true, true], Enumerable.Range(0, instance.Graph.Nodes.Count).Select(n => n == 0).ToArray());
        var one = both with { EdgeBuilt = [true, true, false] };

        Assert.Contains(PlanChecker.Check(instance, both), e => e.Contains("one house connection", StringComparison.Ordinal));
        Assert.DoesNotContain(PlanChecker.Check(instance, one), e => e.Contains("one house connection", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_reports_array_lengths()
    {
        var instance = TinyInstances.RadioHubs();
        var errors = PlanChecker.Check(instance, new NetworkDesign([F, R, R], [-1, 0, 1, -1], [true], [true, false, false]));
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Contains("Technology has 3 entries for 4 sites", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("EdgeBuilt has 1 entries for 2 edges", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_reports_a_radio_hub_without_fibre()
    {
        // The school goes on radio to the mast, so the office's hub (the school) has no fibre.
        var design = new NetworkDesign([R, R, L, L], [1, 0, -1, -1], [false, false], [false, false, false]);
        var error = Assert.Single(PlanChecker.Check(TinyInstances.RadioHubs(), design));
        Assert.Contains("site 1 (HUB-1-OFFICE): hub 0 (HUB-0-SCHOOL) has no fibre", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_reports_a_hub_over_its_link_limit()
    {
        var design = ValidRadioHubsDesign() with { Hub = [-1, 1, 1, -1] };
        var error = Assert.Single(PlanChecker.Check(TinyInstances.RadioHubs(), design));
        Assert.Contains("hub 1 (MAST-EAST): 2 links, at most 1", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_reports_radio_without_hub_and_hub_without_radio()
    {
        var instance = TinyInstances.RadioHubs();
        var noHub = ValidRadioHubsDesign() with { Hub = [-1, -1, 1, -1] };
        Assert.Contains("radio without a valid hub (-1)", Assert.Single(PlanChecker.Check(instance, noHub)), StringComparison.Ordinal);
        var strayHub = ValidRadioHubsDesign() with { Hub = [-1, 0, 1, 1] };
        Assert.Contains("site 3 (HUB-3-LIBRARY): hub 1 set but the site is not on radio", Assert.Single(PlanChecker.Check(instance, strayHub)),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Check_reports_a_pair_that_is_no_radio_candidate()
    {
        var instance = TinyInstances.RadioHubs();
        var without = TinyInstances.Copy(instance, radioCandidates: instance.RadioCandidates.Where(c => c is not { SiteIndex: 1, HubIndex: 0 }).ToList());
        var error = Assert.Single(PlanChecker.Check(without, ValidRadioHubsDesign()));
        Assert.Contains("site 1 (HUB-1-OFFICE): hub 0 is not a radio candidate", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_reports_radio_out_of_range_for_the_demand()
    {
        // With a 5 km range at 1 Gbit/s the office (7 km from the mast) cannot use it; the Kita (2 km from the school) can.
        var instance = TinyInstances.RadioHubs();
        var shorter = TinyInstances.Copy(instance,
            scenario: instance.Scenario with { Costs = instance.Scenario.Costs with { RadioRange1GbpsM = 5_000 } });
        var design = ValidRadioHubsDesign() with { Hub = [-1, 1, 0, -1] };
        Assert.Empty(PlanChecker.Check(instance, design));
        var error = Assert.Single(PlanChecker.Check(shorter, design));
        Assert.Contains("site 1 (HUB-1-OFFICE): radio to hub 1 over 7000 m is out of range for demand 1000 Mbit/s", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_reports_a_policy_that_forbids_the_technology()
    {
        var instance = TinyInstances.RadioHubs();
        var noLeased = TinyInstances.Copy(instance,
            scenario: instance.Scenario with { Policies = new Policies { Disallowed = new HashSet<Technology> { L } } });
        var error = Assert.Single(PlanChecker.Check(noLeased, ValidRadioHubsDesign()));
        Assert.Contains("site 3 (HUB-3-LIBRARY): policy forbids Leased", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_reports_leased_below_demand_and_technology_outside_the_options()
    {
        var design = ValidRadioHubsDesign() with { Technology = [F, L, R, L], Hub = [-1, -1, 1, -1] };
        var errors = PlanChecker.Check(TinyInstances.RadioHubs(), design);
        Assert.Equal(2, errors.Count);
        Assert.Contains("site 1 (HUB-1-OFFICE): Leased is not among its options", errors[0], StringComparison.Ordinal);
        Assert.Contains("leased capacity 100 Mbit/s below demand 1000 Mbit/s", errors[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Check_reports_fibre_without_a_node()
    {
        var design = ValidRadioHubsDesign() with { Technology = [F, R, R, F], Hub = [-1, 0, 1, -1] };
        var errors = PlanChecker.Check(TinyInstances.RadioHubs(), design);
        Assert.Contains(errors, e => e.Contains("site 3 (HUB-3-LIBRARY): fibre but the site has no graph node", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("site 3 (HUB-3-LIBRARY): Fibre is not among its options", StringComparison.Ordinal));
        Assert.Equal(2, errors.Count);
    }

    [Theory]
    [InlineData(false, true, true)]
    [InlineData(true, false, true)]
    [InlineData(true, true, false)]
    public void Check_reports_a_fibre_site_cut_off_from_every_used_tap(bool trunk, bool drop, bool tap)
    {
        var design = ValidRadioHubsDesign() with { EdgeBuilt = [trunk, drop], TapUsed = [tap, false, false] };
        var error = Assert.Single(PlanChecker.Check(TinyInstances.RadioHubs(), design));
        Assert.Contains("site 0 (HUB-0-SCHOOL): fibre node 2 is not connected to a used tap", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_reports_a_tap_used_where_there_is_none()
    {
        var design = ValidRadioHubsDesign() with { TapUsed = [true, true, false] };
        Assert.Contains("node 1: tap used at a node that is not a tap", Assert.Single(PlanChecker.Check(TinyInstances.RadioHubs(), design)),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Check_reports_an_unserved_site_only_when_partial_plans_are_forbidden()
    {
        var instance = TinyInstances.RadioHubs();
        var design = ValidRadioHubsDesign() with { Technology = [F, R, R, null] };
        Assert.Empty(PlanChecker.Check(instance, design));
        var strict = TinyInstances.Copy(instance, scenario: instance.Scenario with { Policies = new Policies { AllowPartialPlan = false } });
        var error = Assert.Single(PlanChecker.Check(strict, design));
        Assert.Contains("site 3 (HUB-3-LIBRARY): unserved although it has options", error, StringComparison.Ordinal);

        // A site without options may stay unserved even then.
        var school = TinyInstances.UnreachableSchool();
        var strictSchool = TinyInstances.Copy(school, scenario: school.Scenario with { Policies = new Policies { AllowPartialPlan = false } });
        Assert.Empty(PlanChecker.Check(strictSchool, new NetworkDesign([F, null], [-1, -1], [true, true], [true, false, false])));
    }

    [Fact]
    public void Check_reports_a_technology_for_a_site_that_keeps_its_uplink()
    {
        var instance = TinyInstances.RadioHubs();
        var keeps = TinyInstances.Copy(instance, sites: [.. instance.Sites.Take(3), instance.Sites[3] with { KeepsCurrentUplink = true }]);
        var error = Assert.Single(PlanChecker.Check(keeps, ValidRadioHubsDesign()));
        Assert.Contains("site 3 (HUB-3-LIBRARY): keeps its current uplink but got Leased", error, StringComparison.Ordinal);
        Assert.Empty(PlanChecker.Check(keeps, ValidRadioHubsDesign() with { Technology = [F, R, R, null] }));
    }

    [Fact]
    public void Check_reports_each_aggregate_limit()
    {
        var instance = TinyInstances.RadioHubs();
        var design = ValidRadioHubsDesign();
        var capex = (430 * 114.0) + 2500 + 7000 + (2 * 28000) + 1500;
        Assert.Empty(PlanChecker.Check(TinyInstances.Copy(instance, trenchMetres: 430, capexBudget: capex, radioInstalls: 2), design));
        Assert.Contains("trench metres 430.0 exceed", Assert.Single(PlanChecker.Check(TinyInstances.Copy(instance, trenchMetres: 429), design)),
            StringComparison.Ordinal);
        Assert.Contains("exceeds the budget", Assert.Single(PlanChecker.Check(TinyInstances.Copy(instance, capexBudget: capex - 1), design)),
            StringComparison.Ordinal);
        Assert.Contains("radio links 2 exceed", Assert.Single(PlanChecker.Check(TinyInstances.Copy(instance, radioInstalls: 1), design)),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Score_penalises_sites_with_options_left_unserved_only()
    {
        var instance = TinyInstances.UnreachableSchool();
        Assert.Empty(instance.Sites[1].Options);
        var served = new NetworkDesign([L, null], [-1, -1], [false, false], [false, false, false]);
        var unserved = served with { Technology = [null, null] };
        Assert.Equal(LeasedNpv, PlanChecker.Score(instance, served), 6);
        Assert.Equal(PlanChecker.UnservedPenaltyEuro, PlanChecker.Score(instance, unserved), 6);

        var keeps = TinyInstances.Copy(instance, sites: [instance.Sites[0] with { KeepsCurrentUplink = true }, instance.Sites[1]]);
        Assert.Equal(0, PlanChecker.Score(keeps, unserved));
    }

    [Fact]
    public void Score_subtracts_the_fibre_bonus()
    {
        var instance = TinyInstances.RadioHubs();
        var bonus = TinyInstances.Copy(instance, scenario: instance.Scenario with { Policies = new Policies { FibreBonus = 12_345 } });
        Assert.Equal(PlanChecker.Score(instance, ValidRadioHubsDesign()) - 12_345, PlanChecker.Score(bonus, ValidRadioHubsDesign()), 6);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void CheckOptions_accepts_recomputed_costs_and_flags_a_wrong_one(int seed)
    {
        var instance = TinyInstances.Random(seed);
        Assert.Empty(PlanChecker.CheckOptions(instance));

        var site = instance.Sites.First(s => s.Options.Count > 0);
        var option = site.Options[0];
        var wrong = site with { Options = [option with { NpvEuro = option.NpvEuro * 1.001 }, .. site.Options.Skip(1)] };
        var sites = instance.Sites.Select(s => s.Index == site.Index ? wrong : s).ToList();
        var error = Assert.Single(PlanChecker.CheckOptions(TinyInstances.Copy(instance, sites: sites)));
        Assert.Contains($"site {site.Index} ({site.Site.Id}): {option.Technology} NPV", error, StringComparison.Ordinal);

        var capex = site with { Options = [option with { CapexEuro = option.CapexEuro + 1 }, .. site.Options.Skip(1)] };
        sites = instance.Sites.Select(s => s.Index == site.Index ? capex : s).ToList();
        Assert.Contains("CAPEX", Assert.Single(PlanChecker.CheckOptions(TinyInstances.Copy(instance, sites: sites))), StringComparison.Ordinal);

        var factor = Assert.Single(PlanChecker.CheckOptions(TinyInstances.Copy(instance, passiveNpvFactor: instance.PassiveNpvFactor * 1.01)));
        Assert.Contains("PassiveNpvFactor", factor, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckOptions_follows_the_scenario_costs()
    {
        // Options costed under the defaults are wrong under a 4 % discount rate.
        var instance = TinyInstances.RadioHubs();
        var dearer = TinyInstances.Copy(instance, scenario: instance.Scenario with { DiscountRate = 0.04 });
        var errors = PlanChecker.CheckOptions(dearer);
        Assert.Contains(errors, e => e.StartsWith("PassiveNpvFactor", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("Leased NPV", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, e => e.Contains("CAPEX", StringComparison.Ordinal));
    }
}
