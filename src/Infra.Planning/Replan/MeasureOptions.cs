namespace Infra.Planning.Replan;

/// <summary>Settings of <see cref="MeasureSearch"/>.</summary>
public sealed record MeasureOptions
{
    /// <summary>Step of the civil-works search, metres per quarter.</summary>
    public double TrenchResolutionMetres { get; init; } = 50;

    /// <summary>Step of the budget search, € per year.</summary>
    public double BudgetResolutionEuro { get; init; } = 10_000;

    /// <summary>Step of the combined search, share (0.05 = 5 %).</summary>
    public double CombinedResolution { get; init; } = 0.05;

    /// <summary>Schedule re-plans spent looking below the list scheduler's figure (bisection between 0 and it).</summary>
    public int RefineProbes { get; init; } = 3;

    /// <summary>Highest raise searched, as a multiple of the scenario's value (9: up to ten times in all).</summary>
    public double CeilingFactor { get; init; } = 9;
}
