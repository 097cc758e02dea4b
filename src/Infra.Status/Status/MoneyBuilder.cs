using Infra.Core.Progress;
using Infra.Planning.Costs;
using Infra.Status.Model;

namespace Infra.Status.Status;

/// <summary>
/// CAPEX per calendar year against the budget: the Ausgangsplan's and the Fortschreibung's as scheduled (budgeted kinds,
/// no bridging), and the Ist estimated from the Ausgangsplan's costs of what is in service (no actual costs are recorded):
/// each site's CAPEX (its own part and its share of the trenches) in the year of its Inbetriebnahme, its WLAN in the year
/// of the WLAN milestone.
/// </summary>
internal static class MoneyBuilder
{
    private const string Kinds = "LWL (Trassen, Spleiße, Hausanschluss, Technik), Richtfunk, Mietleitung-Einrichtung und WLAN";

    public static MoneyStatus Build(StatusInputs input, IReadOnlyList<SiteFacts> sites)
    {
        var npv = new NpvCalculator(input.Scenario);
        var actual = new SortedDictionary<int, double>();
        foreach (var s in sites.Where(s => !s.Keeps))
        {
            if (s.DoneOn(Milestone.Inbetriebnahme) is { } live && live <= input.Stichtag)
            {
                actual[live.Year] = actual.GetValueOrDefault(live.Year) + s.Baseline.CapexEur;
            }
        }

        foreach (var s in sites.Where(s => s.Baseline.WlanAps > 0))
        {
            if (s.DoneOn(Milestone.Wlan) is { } wlan && wlan <= input.Stichtag)
            {
                actual[wlan.Year] = actual.GetValueOrDefault(wlan.Year) + npv.WlanCapex(s.Baseline.WlanAps);
            }
        }

        var baseline = input.BaselineYears.ToDictionary(y => y.Year, y => y.CapexBudgetedEur);
        var replan = input.ReplanYears.ToDictionary(y => y.Year, y => y.CapexBudgetedEur);
        var spending = baseline.Where(y => y.Value > 0).Select(y => y.Key)
            .Concat(replan.Where(y => y.Value > 0).Select(y => y.Key))
            .Concat(actual.Keys)
            .Append(input.Scenario.Deadline.Year)
            .ToList();
        var first = (input.Baseline.PlanningStart ?? input.Scenario.PlanningStart).Year;
        var last = spending.Max();
        var replanStart = input.Replan?.PlanningStart?.Year ?? int.MaxValue;
        var years = Enumerable.Range(first, Math.Max(0, last - first + 1)).Select(y => new YearMoney(
            y,
            input.Scenario.Capacities.BudgetFor(y),
            baseline.TryGetValue(y, out var b) ? b : null,
            y <= input.Stichtag.Year ? actual.GetValueOrDefault(y) : null,
            y >= replanStart && replan.TryGetValue(y, out var r) ? r : null)).ToList();

        var baselineTotal = baseline.Values.Sum();
        var baselineYears = baseline.Where(y => y.Value > 0).Select(y => y.Key).DefaultIfEmpty(first).ToList();
        return new MoneyStatus(
            years,
            new MoneyFigure(baselineTotal,
                $"Ausgangsplan {baselineYears.Min()}–{baselineYears.Max()}: Investition in {Kinds}; ohne Betrieb und Überbrückung"),
            new MoneyFigure(actual.Values.Sum(),
                $"geschätzt bis zum Stichtag {StatusTerms.Date(input.Stichtag)}: Kosten des Ausgangsplans für die in Betrieb genommenen "
                + "Anbindungen (mit anteiligen Trassen) und WLAN-Ausstattungen; Ist-Kosten werden nicht erfasst"),
            input.Replan is null ? null : new MoneyFigure(replan.Values.Sum(),
                $"Fortschreibung ab {StatusTerms.Date(input.Replan.PlanningStart ?? input.Stichtag)}: noch zu investieren in {Kinds}; "
                + "ohne Betrieb und Überbrückung"));
    }
}
