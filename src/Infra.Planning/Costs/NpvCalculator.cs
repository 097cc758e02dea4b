using Infra.Core.Scenarios;
using Infra.Core.Sites;

namespace Infra.Planning.Costs;

/// <summary>
/// Net present values of the cost model (docs/cost-model.md). Years t = 0..H-1 from the planning start,
/// discount factor d = 1/(1+r). CAPEX is paid at t = 0, OPEX at the end of years 1..H (annuity Σ_{t=1..H} d^t),
/// an asset with life L is bought again at t = L, 2L, … while t &lt; H, and nothing has a residual value.
/// </summary>
public sealed class NpvCalculator
{
    private readonly Scenario _scenario;
    private readonly CostParameters _costs;

    public NpvCalculator(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentOutOfRangeException.ThrowIfNegative(scenario.HorizonYears);
        if (scenario.DiscountRate <= -1)
        {
            throw new ArgumentOutOfRangeException(nameof(scenario), scenario.DiscountRate, "discount rate must be above -100 %");
        }

        _scenario = scenario;
        _costs = scenario.Costs;
        Annuity = Enumerable.Range(1, scenario.HorizonYears).Sum(Discount);
        PassiveNpvFactor = 1 + ReinvestmentFactor(_costs.FibrePassiveLifeYears) + (_costs.FibrePassiveUpkeepRate * Annuity);
    }

    /// <summary>The cost parameters these figures are resolved from, for stages that need a rate or a bandwidth.</summary>
    public Infra.Core.Scenarios.CostParameters Parameters => _costs;

    /// <summary>Present value of 1 € paid at the end of each year 1..H: Σ_{t=1..H} d^t.</summary>
    public double Annuity { get; }

    /// <summary>NPV per euro of passive fibre CAPEX: 1 + R(passive life) + upkeep rate × annuity.</summary>
    public double PassiveNpvFactor { get; }

    /// <summary>Discount factor d^t for year <paramref name="year"/>.</summary>
    public double Discount(int year) => Math.Pow(1 / (1 + _scenario.DiscountRate), year);

    /// <summary>Present value of buying an asset of life <paramref name="lifeYears"/> again: Σ_{k≥1, kL&lt;H} d^{kL}.</summary>
    public double ReinvestmentFactor(int lifeYears)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(lifeYears);
        var sum = 0.0;
        for (var t = lifeYears; t < _scenario.HorizonYears; t += lifeYears)
        {
            sum += Discount(t);
        }

        return sum;
    }

    /// <summary>NPV of an asset bought at t = 0, reinvested at each life, with a yearly running cost.</summary>
    public double Npv(double capex, int lifeYears, double opexPerYear) =>
        (capex * (1 + ReinvestmentFactor(lifeYears))) + (opexPerYear * Annuity);

    /// <summary>The site's own part of fibre: building entry (passive) and active equipment; trenches are on the graph.</summary>
    public SiteOption FibreOption()
    {
        var entry = _costs.BuildingEntryCost;
        var active = _costs.FibreActiveCost;
        var npv = (entry * PassiveNpvFactor) + (active * (1 + ReinvestmentFactor(_costs.FibreActiveLifeYears)));
        return new SiteOption(Technology.Fibre, entry + active, _costs.FibrePassiveUpkeepRate * entry, npv);
    }

    /// <summary>A Richtfunk link (both ends) with its yearly upkeep and spectrum fees.</summary>
    public SiteOption RadioOption() =>
        new(Technology.Radio, _costs.RadioLinkCost, _costs.RadioYearlyCost,
            Npv(_costs.RadioLinkCost, _costs.RadioLifeYears, _costs.RadioYearlyCost));

    /// <summary>A leased line: one-off setup and twelve monthly fees a year, no reinvestment.</summary>
    public SiteOption LeasedOption()
    {
        var yearly = 12 * _costs.LeasedMonthlyCost;
        return new SiteOption(Technology.Leased, _costs.LeasedSetupCost, yearly, _costs.LeasedSetupCost + (yearly * Annuity));
    }

    /// <summary>
    /// WLAN access points a site needs: schools one per <see cref="WlanRule.PupilsPerAp"/> pupils; other sites one per
    /// <see cref="WlanRule.SquareMetresPerAp"/> of floor area when known, else one per <see cref="WlanRule.StaffPerAp"/> staff;
    /// plus <see cref="WlanRule.PublicAreaAps"/> for a public area; at least <see cref="WlanRule.MinimumAps"/>.
    /// </summary>
    public static int WlanApCount(Site site, WlanRule rule)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(rule);
        int count;
        if (site.Kind == SiteKind.School)
        {
            count = CeilDiv(site.Users, rule.PupilsPerAp);
        }
        else if (site.FloorAreaM2 is > 0 and var area && rule.SquareMetresPerAp > 0)
        {
            count = (int)Math.Ceiling(area / rule.SquareMetresPerAp);
        }
        else
        {
            count = CeilDiv(site.Users, rule.StaffPerAp);
        }

        if (site.PublicWlan)
        {
            count += rule.PublicAreaAps;
        }

        return Math.Max(count, rule.MinimumAps);
    }

    /// <summary>PoE switches for <paramref name="aps"/> access points: ceil(aps / ApsPerSwitch).</summary>
    public int PoeSwitchCount(int aps)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(aps);
        return CeilDiv(aps, _costs.ApsPerSwitch);
    }

    /// <summary>WLAN CAPEX: access points plus ceil(aps / ApsPerSwitch) PoE switches, €.</summary>
    public double WlanCapex(int aps) => (aps * _costs.WlanApCost) + (PoeSwitchCount(aps) * _costs.PoeSwitchCost);

    /// <summary>WLAN OPEX per year: the licence per access point, €.</summary>
    public double WlanOpexPerYear(int aps)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(aps);
        return aps * _costs.WlanApYearlyLicence;
    }

    /// <summary>WLAN NPV: access points (own life, licence) and switches (own life), bought at t = 0.</summary>
    public double WlanNpv(int aps) =>
        Npv(aps * _costs.WlanApCost, _costs.WlanApLifeYears, WlanOpexPerYear(aps))
        + Npv(PoeSwitchCount(aps) * _costs.PoeSwitchCost, _costs.PoeSwitchLifeYears, 0);

    private static int CeilDiv(int value, int divisor) =>
        divisor <= 0 || value <= 0 ? 0 : (int)(((long)value + divisor - 1) / divisor);
}
