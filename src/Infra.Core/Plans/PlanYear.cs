namespace Infra.Core.Plans;

/// <summary>Money of one calendar year, €, nominal.</summary>
/// <param name="Year">Calendar year.</param>
/// <param name="CapexEur">All CAPEX of the year: uplinks, trenches, WLAN and the setup of interim leased lines.</param>
/// <param name="CapexBudgetedEur">The CAPEX that counts against the budget: all but bridging setup (docs/schedule.md).</param>
/// <param name="CapexFibreEur">Fibre (trenches, taps, entries, equipment).</param>
/// <param name="CapexRadioEur">Richtfunk links.</param>
/// <param name="CapexLeasedEur">Leased-line setup.</param>
/// <param name="CapexWlanEur">WLAN access points and switches.</param>
/// <param name="CapexBridgingEur">Setup of interim leased lines.</param>
/// <param name="BudgetEur">The scenario's CAPEX budget for the year.</param>
/// <param name="OpexEur">OPEX of the year (pro rata by the quarters in service).</param>
[SnakeCaseJson]
public sealed record PlanYear(
    int Year,
    double CapexEur,
    double CapexBudgetedEur,
    double CapexFibreEur,
    double CapexRadioEur,
    double CapexLeasedEur,
    double CapexWlanEur,
    double CapexBridgingEur,
    double BudgetEur,
    double OpexEur);
