namespace Infra.Status.Model;

/// <summary>
/// One calendar year: the scenario's budget and CAPEX (budgeted kinds: LWL, Richtfunk, Mietleitung setup, WLAN; no
/// bridging) of the Ausgangsplan, the Ist (estimated) and the Fortschreibung; null where a line has nothing that year.
/// </summary>
public sealed record YearMoney(int Year, double Budget, double? Baseline, double? ActualEstimated, double? Replan);
