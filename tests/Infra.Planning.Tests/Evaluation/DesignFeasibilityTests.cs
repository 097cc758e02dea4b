using Infra.Core.Scenarios;
using Infra.Core.Sites;
using Infra.Planning.Evaluation;
using Infra.Planning.Instance;

namespace Infra.Planning.Tests.Evaluation;

public sealed class DesignFeasibilityTests
{
    private static readonly PlanningInstance Small = HandInstance.Small();

    private static NetworkDesign Feasible => HandInstance.SmallFeasible();

    [Fact]
    public void The_hand_made_design_is_feasible()
    {
        Assert.Empty(DesignFeasibility.Check(Small, Feasible));
    }

    [Fact]
    public void A_kept_uplink_must_stay_without_technology()
    {
        var design = Feasible with { Technology = [Technology.Fibre, Technology.Fibre, Technology.Radio, Technology.Leased, null] };
        Assert.Contains(DesignFeasibility.Check(Small, design), v => v.Contains("S03 keeps its current uplink", StringComparison.Ordinal));
    }

    [Fact]
    public void A_technology_outside_the_options_is_reported()
    {
        var design = Feasible with { Technology = [Technology.Fibre, Technology.Fibre, Technology.Radio, null, Technology.Leased] };
        Assert.Contains(DesignFeasibility.Check(Small, design), v => v.Contains("S04 was given Leased", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unserved_site_is_a_violation_only_without_partial_plans()
    {
        var design = Feasible with { Technology = [Technology.Fibre, Technology.Fibre, null, null, null], Hub = [-1, -1, -1, -1, -1] };
        Assert.Empty(DesignFeasibility.Check(Small, design));

        var strict = HandInstance.Small(new Policies { AllowPartialPlan = false });
        var violations = DesignFeasibility.Check(strict, design);
        Assert.Equal(["site S02 is unserved although it has options and the scenario does not allow partial plans"], violations);
    }

    [Fact]
    public void Richtfunk_needs_a_candidate_pair()
    {
        // Site 1 to hub 0 is no candidate pair (only hub 1 is).
        var design = Feasible with { Technology = [Technology.Fibre, Technology.Radio, Technology.Leased, null, null], Hub = [-1, 0, -1, -1, -1] };
        Assert.Contains(DesignFeasibility.Check(Small, design), v => v.Contains("S01 uses hub S00, which is not a Richtfunk candidate", StringComparison.Ordinal));
    }

    [Fact]
    public void Richtfunk_hub_needs_fibre()
    {
        var design = new NetworkDesign([Technology.Leased, Technology.Leased, Technology.Radio, null, null], [-1, -1, 0, -1, -1], new bool[5], new bool[6]);
        Assert.Equal(["site S02 uses hub S00, which has no fibre"], DesignFeasibility.Check(Small, design));
    }

    [Fact]
    public void Hub_link_limit_is_kept()
    {
        var design = new NetworkDesign([Technology.Leased, Technology.Radio, Technology.Radio, null, null], [-1, 1, 1, -1, -1], new bool[5], new bool[6]);
        Assert.Equal(["hub H1 carries 2 links, at most 1 allowed"], DesignFeasibility.Check(Small, design));
    }

    [Fact]
    public void A_hub_on_a_site_without_radio_is_reported()
    {
        var design = Feasible with { Hub = [-1, 1, 0, -1, -1] };
        Assert.Equal(["site S01 has a hub but is not on Richtfunk"], DesignFeasibility.Check(Small, design));
    }

    [Fact]
    public void Fibre_sites_must_reach_a_used_tap()
    {
        var cut = Feasible with { EdgeBuilt = [true, true, false, false, false] };
        Assert.Equal(["site S01 is on fibre but no built edges join it to a used tap"], DesignFeasibility.Check(Small, cut));

        var noTap = Feasible with { TapUsed = new bool[6] };
        Assert.Equal(2, DesignFeasibility.Check(Small, noTap).Count(v => v.Contains("no built edges join it", StringComparison.Ordinal)));
    }

    [Fact]
    public void Taps_only_on_tap_nodes()
    {
        var design = Feasible with { TapUsed = [true, true, false, false, false, false] };
        Assert.Equal(["node 1 is used as a tap but is no tap node"], DesignFeasibility.Check(Small, design));
    }

    [Fact]
    public void Aggregate_limits_up_to_the_deadline_are_kept()
    {
        // The design digs 22 m, spends 7000 + 7000 + 28000 + 4700 = 46,700 € and installs one radio link.
        Assert.Empty(DesignFeasibility.Check(HandInstance.Small(trench: 22, capex: 46_700, radioInstalls: 1), Feasible));
        Assert.Equal(["trench metres 22.0 exceed the capacity up to the deadline 21.0"],
            DesignFeasibility.Check(HandInstance.Small(trench: 21), Feasible));
        Assert.Equal(["CAPEX 46700.00 € exceeds the budget up to the deadline 46699.00 €"],
            DesignFeasibility.Check(HandInstance.Small(capex: 46_699), Feasible));
        Assert.Equal(["1 Richtfunk installs exceed the 0 possible up to the deadline"],
            DesignFeasibility.Check(HandInstance.Small(radioInstalls: 0), Feasible));
    }

    [Fact]
    public void Arrays_that_do_not_fit_are_reported()
    {
        var design = Feasible with { EdgeBuilt = new bool[4] };
        Assert.Equal(["design arrays do not fit the instance"], DesignFeasibility.Check(Small, design));
    }
}
