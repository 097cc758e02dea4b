using Infra.Core.Sites;
using Infra.Planning.Evaluation;

namespace Infra.Planning.Tests.Evaluation;

public sealed class DesignEvaluatorTests
{
    [Fact]
    public void Feasible_design_costs_options_minus_bonus_plus_passive_factor_times_network()
    {
        var instance = HandInstance.Small();
        var cost = DesignEvaluator.Evaluate(instance, HandInstance.SmallFeasible());

        // Sites: (9000 - 10) + (8000 - 10) + 31000; network: 1.5 × (1000 + 500 + 700 + 2500 tap).
        Assert.Equal(8990 + 7990 + 31000 + (1.5 * 4700), cost.NpvEuro, 6);
        Assert.Equal(1.5 * 4700, cost.NetworkNpvEuro, 6);
        Assert.Equal([8990.0, 7990, 31000, 0, 0], cost.SiteNpvEuro);
        Assert.Equal(7000 + 7000 + 28000 + 4700, cost.CapexEuro, 6);
        Assert.Equal(40 + 40 + 1800 + (0.01 * 4700), cost.OpexPerYearEuro, 6);
        Assert.Equal(22, cost.TrenchMetres, 6);
        Assert.Equal(2200, cost.TrenchCapexEuro, 6);
        Assert.Equal(1, cost.TapCount);
        Assert.Equal(2500, cost.TapCapexEuro, 6);
        Assert.Equal((2, 1, 0, 1, 0, 1), (cost.FibreSites, cost.RadioSites, cost.LeasedSites, cost.KeptSites, cost.UnservedSites, cost.NoOptionSites));

        // Nothing unserved: the score is the NPV.
        Assert.Equal(cost.NpvEuro, DesignEvaluator.Score(instance, HandInstance.SmallFeasible()), 6);
    }

    [Fact]
    public void Score_adds_the_penalty_only_for_sites_that_have_an_option_and_got_none()
    {
        var instance = HandInstance.Small();
        var design = HandInstance.SmallFeasible() with
        {
            Technology = [Technology.Leased, null, null, null, null],
            Hub = [-1, -1, -1, -1, -1],
            EdgeBuilt = new bool[5],
            TapUsed = new bool[6],
        };

        var cost = DesignEvaluator.Evaluate(instance, design);

        Assert.Equal(20000, cost.NpvEuro, 6);
        Assert.Equal(2, cost.UnservedSites);
        Assert.Equal(20000 + (2 * 10_000_000), DesignEvaluator.Score(instance, design), 6);
    }

    [Fact]
    public void A_technology_the_site_has_no_option_for_cannot_be_costed()
    {
        var instance = HandInstance.Small();
        var design = HandInstance.SmallFeasible() with { Technology = [Technology.Radio, Technology.Fibre, Technology.Radio, null, null] };

        Assert.Throws<ArgumentException>(() => DesignEvaluator.Evaluate(instance, design));
    }
}
