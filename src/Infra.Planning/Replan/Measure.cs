namespace Infra.Planning.Replan;

/// <summary>
/// The smallest raise of one lever with which the deadline holds for every site that can be served, as found by
/// list scheduling and verified by re-planning the schedule with it.
/// </summary>
/// <param name="Kind">The lever.</param>
/// <param name="Extra">The raise: metres or installs per quarter, € per year, or for <see cref="MeasureKind.Combined"/> a share
/// (0.25 = +25 %); 0 when the deadline already holds; null when even ten times the scenario's value does not make it hold.</param>
/// <param name="Base">The scenario's value of the lever (for <see cref="MeasureKind.Combined"/>: 1).</param>
/// <param name="Verified">True when the re-planned schedule with the raise connects every site that can be served by the deadline.</param>
/// <param name="Forecast">The forecast of that re-planned schedule (null when unreachable).</param>
/// <param name="ExtraCapexUntilDeadline">CAPEX the years up to the deadline's year carry on top of the Fortschreibung, € (nominal; what the budget must fund earlier).</param>
/// <param name="BridgingAvoided">Bridging cost of the Fortschreibung that the raise avoids, € (nominal, setups and fees).</param>
/// <param name="TotalCostChange">Change of everything spent up to the horizon (CAPEX, OPEX, bridging), € (nominal).</param>
public sealed record Measure(
    MeasureKind Kind,
    double? Extra,
    double Base,
    bool Verified,
    DeadlineForecast? Forecast,
    double ExtraCapexUntilDeadline,
    double BridgingAvoided,
    double TotalCostChange);
