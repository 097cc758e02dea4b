using Infra.Planning.Replan;

namespace Infra.Status.Model;

/// <summary>A measure that would make the deadline hold for all, with its cost.</summary>
/// <param name="Kind">The lever.</param>
/// <param name="Label">German title ("Tiefbau-Kapazität").</param>
/// <param name="Basis">What the raise starts from (scenario or observed rate).</param>
/// <param name="Extra">The raise (unit in <paramref name="Unit"/>), or null when this lever alone does not make it.</param>
/// <param name="Unit">"m/Quartal", "€/Jahr", "Montagen/Quartal" or "%".</param>
/// <param name="Base">The value raised from.</param>
/// <param name="Verified">Confirmed by re-planning the schedule with it.</param>
/// <param name="Forecast">The forecast of that re-plan, or null.</param>
/// <param name="ExtraCapexUntilDeadline">CAPEX to fund earlier: more in the years up to the deadline's year, €.</param>
/// <param name="BridgingAvoided">Bridging cost avoided, €.</param>
/// <param name="TotalCostChange">Change of all spending to the horizon, € (negative: cheaper).</param>
/// <param name="Description">One German sentence.</param>
public sealed record MeasureStatus(MeasureKind Kind, string Label, MeasureBasis Basis, double? Extra, string Unit, double Base, bool Verified,
    ForecastCounts? Forecast, double ExtraCapexUntilDeadline, double BridgingAvoided, double TotalCostChange, string Description);
