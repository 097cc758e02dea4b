namespace Infra.Data.Progress.Synthetic;

/// <summary>
/// The assumptions of the synthetic actual progress (docs/progress-reports.md, "Synthetic reports"): how far real
/// build-out programmes of this kind fall behind their baseline. Every value is a stand-in, not a measurement; the
/// defaults are the documented ones.
/// </summary>
public sealed record LagAssumptions
{
    /// <summary>Share of the baseline's mean trench metres per quarter that civil works reach in the first year (tenders, framework contracts).</summary>
    public double FirstYearTrenchShare { get; init; } = 0.2;

    /// <summary>Share reached in the second year.</summary>
    public double SecondYearTrenchShare { get; init; } = 0.3;

    /// <summary>Share reached from the third year on (contractor capacity, utility coordination, traffic orders).</summary>
    public double SteadyTrenchShare { get; init; } = 0.4;

    /// <summary>Factor on the share in the first quarter of each year (frost, winter stops).</summary>
    public double WinterFactor { get; init; } = 0.7;

    /// <summary>Seeded relative noise of each quarter's share, ± this value.</summary>
    public double QuarterNoise { get; init; } = 0.15;

    /// <summary>Pace of Richtfunk installs relative to the baseline (mast permits, structural checks).</summary>
    public double RadioPace { get; init; } = 0.6;

    /// <summary>Pace of leased-line orders relative to the baseline (carrier lead times).</summary>
    public double LeasedPace { get; init; } = 0.9;

    /// <summary>Pace of WLAN installs relative to the baseline (procurement, in-house cabling).</summary>
    public double WlanPace { get; init; } = 0.6;

    /// <summary>Share of fibre and Richtfunk sites whose permit (Genehmigung) takes 90 to 270 days longer.</summary>
    public double PermitDelayedShare { get; init; } = 0.15;

    /// <summary>Share of fibre and Richtfunk sites whose permit is still outstanding, however late the Stichtag (blocked).</summary>
    public double BlockedShare { get; init; } = 0.04;

    /// <summary>Share of sites built up to 60 days before their baseline date (co-laying with other road works, quick carriers).</summary>
    public double AheadShare { get; init; } = 0.06;
}
