namespace Infra.Core.Scenarios;

/// <summary>Build capacity per quarter and money per calendar year.</summary>
public sealed record Capacities
{
    /// <summary>Civil works (Tiefbau): trench metres per quarter.</summary>
    public double TrenchMetresPerQuarter { get; init; } = 6600;

    public int RadioInstallsPerQuarter { get; init; } = 10;

    public int WlanSitesPerQuarter { get; init; } = 30;

    /// <summary>CAPEX budget per calendar year, € (used for years not listed in <see cref="CapexBudgetByYear"/>).</summary>
    public double CapexBudgetPerYear { get; init; } = 6_000_000;

    /// <summary>CAPEX budget for particular calendar years, €.</summary>
    public IReadOnlyDictionary<int, double> CapexBudgetByYear { get; init; } = new Dictionary<int, double>();

    public double BudgetFor(int year) => CapexBudgetByYear.TryGetValue(year, out var b) ? b : CapexBudgetPerYear;
}
