using Infra.Core.Scenarios;
using Infra.Core.Sites;
using Infra.Planning.Costs;
using NetTopologySuite.Geometries;

namespace Infra.Planning.Tests.Costs;

public sealed class NpvCalculatorTests
{
    // H = 3 years, r = 10 %: d = 1/1.1, d² = 1/1.21, d³ = 1/1.331.
    private const double D1 = 1 / 1.1;
    private const double D2 = 1 / 1.21;
    private const double D3 = 1 / 1.331;

    private static readonly Scenario Short = new()
    {
        Name = "kurz",
        HorizonYears = 3,
        DiscountRate = 0.10,
        Costs = new CostParameters { FibreActiveLifeYears = 2, RadioLifeYears = 1, FibrePassiveLifeYears = 40 },
    };

    private static readonly NpvCalculator Calculator = new(Short);

    [Fact]
    public void Annuity_sums_the_discounted_ends_of_years_one_to_h()
    {
        Assert.Equal(D1 + D2 + D3, Calculator.Annuity, 12);
        Assert.Equal(2.486851990984222, Calculator.Annuity, 12);
    }

    [Fact]
    public void Reinvestment_happens_at_each_life_before_the_horizon()
    {
        Assert.Equal(D1 + D2, Calculator.ReinvestmentFactor(1), 12); // t = 1, 2 (t = 3 is the horizon)
        Assert.Equal(D2, Calculator.ReinvestmentFactor(2), 12);      // t = 2
        Assert.Equal(0, Calculator.ReinvestmentFactor(3), 12);       // t = 3 is not < 3
        Assert.Throws<ArgumentOutOfRangeException>(() => Calculator.ReinvestmentFactor(0));
    }

    [Fact]
    public void Passive_factor_is_one_plus_upkeep_annuity_without_reinvestment_within_40_years()
    {
        Assert.Equal(1 + (0.01 * (D1 + D2 + D3)), Calculator.PassiveNpvFactor, 12);
    }

    [Fact]
    public void Fibre_option_is_entry_as_passive_plus_active_with_reinvestment()
    {
        var fibre = Calculator.FibreOption();

        Assert.Equal(Technology.Fibre, fibre.Technology);
        Assert.Equal(4000 + 3000, fibre.CapexEuro, 9);
        Assert.Equal(0.01 * 4000, fibre.OpexPerYearEuro, 9);
        // 4000 × (1 + 0.01 A) + 3000 × (1 + d²) = 4099.474 + 5479.339
        Assert.Equal((4000 * (1 + (0.01 * (D1 + D2 + D3)))) + (3000 * (1 + D2)), fibre.NpvEuro, 6);
        Assert.Equal(9578.8128, fibre.NpvEuro, 3);
    }

    [Fact]
    public void Radio_option_reinvests_yearly_here_and_pays_upkeep()
    {
        var radio = Calculator.RadioOption();

        Assert.Equal((28000, 1800), (radio.CapexEuro, radio.OpexPerYearEuro));
        // 28000 × (1 + d + d²) + 1800 × A
        Assert.Equal((28000 * (1 + D1 + D2)) + (1800 * (D1 + D2 + D3)), radio.NpvEuro, 6);
    }

    [Fact]
    public void Leased_option_is_setup_plus_twelve_monthly_fees_a_year()
    {
        var leased = Calculator.LeasedOption();

        Assert.Equal((1500, 5400), (leased.CapexEuro, leased.OpexPerYearEuro));
        Assert.Equal(1500 + (12 * 450 * (D1 + D2 + D3)), leased.NpvEuro, 6);
        Assert.Equal(14929.0008, leased.NpvEuro, 3); // 1500 + 5400 × 2.486852
    }

    [Fact]
    public void General_npv_is_capex_with_reinvestments_plus_opex_annuity()
    {
        Assert.Equal((1000 * (1 + D2)) + (100 * (D1 + D2 + D3)), Calculator.Npv(1000, 2, 100), 9);
    }

    [Fact]
    public void Default_scenario_factors_follow_the_same_convention()
    {
        var calculator = new NpvCalculator(new Scenario { Name = "default" });
        var d = 1 / 1.025;
        var annuity = Enumerable.Range(1, 20).Sum(t => Math.Pow(d, t));

        Assert.Equal(annuity, calculator.Annuity, 9);
        Assert.Equal(Math.Pow(d, 8) + Math.Pow(d, 16), calculator.ReinvestmentFactor(8), 12);
        Assert.Equal(Math.Pow(d, 10), calculator.ReinvestmentFactor(10), 12);
        Assert.Equal(1 + (0.01 * annuity), calculator.PassiveNpvFactor, 12);
    }

    [Theory]
    [InlineData(SiteKind.School, 130, null, false, 6)]    // ceil(130 / 25)
    [InlineData(SiteKind.School, 125, null, true, 7)]     // 5 + 2 public
    [InlineData(SiteKind.Office, 41, 600.0, false, 3)]    // area wins: ceil(600 / 250)
    [InlineData(SiteKind.Office, 41, null, false, 3)]     // ceil(41 / 20)
    [InlineData(SiteKind.Library, 0, null, false, 1)]     // minimum
    [InlineData(SiteKind.Library, 0, null, true, 2)]      // public area only
    public void Wlan_access_points_follow_the_rule(SiteKind kind, int users, double? area, bool isPublic, int expected)
    {
        var site = new Site
        {
            Id = new SiteId("X"), Name = "X", Kind = kind, District = "Mitte", Location = new Point(0, 0),
            Users = users, FloorAreaM2 = area, PublicWlan = isPublic,
        };

        Assert.Equal(expected, NpvCalculator.WlanApCount(site, new WlanRule()));
    }

    [Fact]
    public void Wlan_capex_adds_a_poe_switch_per_started_24_access_points()
    {
        Assert.Equal((24 * 650) + 1200, Calculator.WlanCapex(24), 9);
        Assert.Equal((25 * 650) + (2 * 1200), Calculator.WlanCapex(25), 9);
        Assert.Equal(0, Calculator.WlanCapex(0), 9);
    }

    [Fact]
    public void Wlan_npv_reinvests_access_points_and_switches_by_their_lives()
    {
        // H = 3: AP life 6 and switch life 8 see no reinvestment; licence 40 € per AP per year.
        Assert.Equal((2 * 650) + 1200 + (2 * 40 * (D1 + D2 + D3)), Calculator.WlanNpv(2), 6);
    }
}
