namespace Infra.Status.Model;

/// <summary>The forecast at the deadline.</summary>
/// <param name="Deadline">The deadline.</param>
/// <param name="Basis">What it rests on, in German ("Fortschreibung vom …", "Ist zur Frist", "Ausgangsplan").</param>
/// <param name="DeadlinePassed">True when the Stichtag lies after the deadline's quarter: the Ist at the deadline counts.</param>
/// <param name="Sites">Sites in scope.</param>
/// <param name="Counts">Connected, bridged, missed.</param>
/// <param name="Unserved">Of the missed: sites without any technology.</param>
/// <param name="ConnectedShare">Connected (own uplink) share at the deadline.</param>
/// <param name="ScenarioTrenchMetresPerQuarter">Civil-works capacity of the scenario, metres per quarter.</param>
/// <param name="ObservedTrenchMetresPerQuarter">Civil-works rate reached so far, metres per quarter, or null.</param>
/// <param name="Observed">The forecast at the observed rate, or null.</param>
/// <param name="Summary">One German sentence.</param>
public sealed record ForecastStatus(
    DateOnly Deadline,
    string Basis,
    bool DeadlinePassed,
    int Sites,
    ForecastCounts Counts,
    int Unserved,
    double ConnectedShare,
    double ScenarioTrenchMetresPerQuarter,
    double? ObservedTrenchMetresPerQuarter,
    ForecastCounts? Observed,
    string Summary);
