namespace Infra.Planning.Replan;

/// <summary>
/// What a re-plan (Fortschreibung) as of a Stichtag says about the deadline, stored with it: the forecast of its schedule,
/// the bridging it needs, the forecast at the civil-works rate observed so far, and the measures that would make the
/// deadline hold for every site.
/// </summary>
/// <param name="Stichtag">The day progress was taken into account.</param>
/// <param name="ReplanStart">First day the re-plan plans (the quarter after the Stichtag).</param>
/// <param name="Deadline">The scenario's deadline.</param>
/// <param name="DeadlinePassed">True when the re-plan starts after the deadline's quarter: nothing can still make it.</param>
/// <param name="Forecast">The Fortschreibung's schedule at the deadline.</param>
/// <param name="BridgingCost">Bridging in the Fortschreibung: setups and fees of the interim leased lines, € (nominal, to the horizon).</param>
/// <param name="ObservedTrenchMetresPerQuarter">Trench metres per quarter reached so far (null when nothing was dug yet).</param>
/// <param name="ObservedForecast">The Fortschreibung's design re-scheduled with that civil-works rate instead of the
/// scenario's; null when no rate was observed or it is not below the scenario's.</param>
/// <param name="ObservedBridgingCost">Bridging in that schedule, € (nominal), or null.</param>
/// <param name="MeasureBasis">Which capacities the measures raise.</param>
/// <param name="Measures">Levers that make the deadline hold for all (empty when it holds under the basis).</param>
/// <param name="Fixes">What the re-plan took over from the progress reports.</param>
public sealed record ReplanOutlook(
    DateOnly Stichtag,
    DateOnly ReplanStart,
    DateOnly Deadline,
    bool DeadlinePassed,
    DeadlineForecast Forecast,
    double BridgingCost,
    double? ObservedTrenchMetresPerQuarter,
    DeadlineForecast? ObservedForecast,
    double? ObservedBridgingCost,
    MeasureBasis MeasureBasis,
    IReadOnlyList<Measure> Measures,
    ReplanCounts Fixes);
