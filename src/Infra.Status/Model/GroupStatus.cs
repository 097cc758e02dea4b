namespace Infra.Status.Model;

/// <summary>One row of a breakdown by district, kind or technology.</summary>
/// <param name="Key">District name, kind code or technology code.</param>
/// <param name="Label">German label.</param>
/// <param name="Sites">Sites in the group.</param>
/// <param name="Connected">Connected on the Stichtag (Ist).</param>
/// <param name="Share">Ist share.</param>
/// <param name="PlannedShare">Ausgangsplan share on the Stichtag.</param>
/// <param name="DifferencePoints">Ist − Ausgangsplan, percentage points.</param>
/// <param name="ForecastShare">Share with own uplink at the deadline (Fortschreibung).</param>
public sealed record GroupStatus(string Key, string Label, int Sites, int Connected, double Share, double PlannedShare, double DifferencePoints,
    double ForecastShare);
