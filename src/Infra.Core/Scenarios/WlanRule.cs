namespace Infra.Core.Scenarios;

/// <summary>How many WLAN access points a site needs.</summary>
public sealed record WlanRule
{
    /// <summary>Schools: one AP per this many pupils.</summary>
    public int PupilsPerAp { get; init; } = 25;

    /// <summary>Other sites: one AP per this many square metres of floor area.</summary>
    public double SquareMetresPerAp { get; init; } = 250;

    /// <summary>Other sites without floor area: one AP per this many staff.</summary>
    public int StaffPerAp { get; init; } = 20;

    /// <summary>Extra APs for a flagged public area.</summary>
    public int PublicAreaAps { get; init; } = 2;

    /// <summary>Every site gets at least this many APs.</summary>
    public int MinimumAps { get; init; } = 1;
}
