using Infra.Planning.Replan;
using Infra.Status.Model;

namespace Infra.Status.Status;

/// <summary>The outlook's measures and bridging in German, with what each money figure includes.</summary>
internal static class MeasureDescriber
{
    public static IReadOnlyList<MeasureStatus> Describe(ReplanOutlook? outlook) =>
        outlook is null ? [] : outlook.Measures.Select(m => Describe(m, outlook.MeasureBasis, outlook.Deadline.Year)).ToList();

    public static BridgingStatus Bridging(ReplanOutlook? outlook)
    {
        if (outlook is null)
        {
            return new BridgingStatus(0, 0, MeasureBasis.None, "keine Fortschreibung gespeichert: keine Überbrückung berechnet");
        }

        var (sites, cost, basis) = outlook.Forecast.Bridged > 0 || outlook.ObservedForecast is not { Bridged: > 0 }
            ? (outlook.Forecast.Bridged, outlook.BridgingCost, MeasureBasis.Scenario)
            : (outlook.ObservedForecast.Bridged, outlook.ObservedBridgingCost ?? 0, MeasureBasis.Observed);
        var when = basis == MeasureBasis.Observed ? "bei der bisherigen Tiefbauleistung" : "in der Fortschreibung";
        var text = sites == 0
            ? $"Keine Überbrückung nötig {when}."
            : $"Überbrückung statt mehr Kapazität: {StatusTerms.Number(sites)} Liegenschaften {when} ab der Frist per Mietleitung "
              + $"(100 Mbit/s) bis zum eigenen Anschluss; {StatusTerms.Euro(cost)} (Einrichtung und Monatsentgelte bis zum eigenen Anschluss, "
              + "nominal, ohne Investition in den späteren Anschluss).";
        return new BridgingStatus(sites, cost, basis, text);
    }

    private static MeasureStatus Describe(Measure m, MeasureBasis basis, int deadlineYear)
    {
        var label = StatusTerms.Lever(m.Kind);
        var unit = StatusTerms.Unit(m.Kind);
        var from = basis == MeasureBasis.Observed && m.Kind == MeasureKind.TrenchCapacity ? "bisher erreicht" : "laut Szenario";
        var raise = m.Kind switch
        {
            MeasureKind.Combined => $"alle Kapazitäten und Budgets um {StatusTerms.Percent(m.Extra ?? 0, 0)} erhöhen",
            MeasureKind.Budget => $"Budget um {StatusTerms.Euro(m.Extra ?? 0)} je Jahr erhöhen (auf {StatusTerms.Euro(m.Base + (m.Extra ?? 0))}; {from} {StatusTerms.Euro(m.Base)})",
            _ => $"{label} um {StatusTerms.Number(m.Extra ?? 0)} {unit} erhöhen (auf {StatusTerms.Number(m.Base + (m.Extra ?? 0))}; {from} {StatusTerms.Number(m.Base)})",
        };
        string text;
        ForecastCounts? forecast = m.Forecast is { } f ? new ForecastCounts(f.Connected, f.Bridged, f.Missed) : null;
        if (m.Extra is null)
        {
            text = $"{label} allein reicht nicht (auch das Zehnfache hält die Frist nicht für alle).";
        }
        else
        {
            var check = m.Verified ? "Neuplanung des Zeitplans bestätigt" : "Neuplanung des Zeitplans bestätigt es nicht";
            text = $"{raise}: {check} ({StatusTerms.Number(forecast!.Connected)} angebunden, {StatusTerms.Number(forecast.Bridged)} überbrückt, "
                + $"{StatusTerms.Number(forecast.Missed)} verfehlt). Kosten: {StatusTerms.Euro(m.ExtraCapexUntilDeadline)} mehr Investition bis Ende {deadlineYear} "
                + $"(früher statt später), {StatusTerms.Euro(m.BridgingAvoided)} Überbrückung vermieden, "
                + $"Gesamtausgaben bis zum Horizont {Signed(m.TotalCostChange)} (Investition, Betrieb, Überbrückung; nominal; Mehrpreise für "
                + "zusätzliche Kolonnen oder Beschleunigung nicht enthalten).";
        }

        return new MeasureStatus(m.Kind, label, basis, m.Kind == MeasureKind.Combined && m.Extra is { } c ? c * 100 : m.Extra, unit,
            m.Kind == MeasureKind.Combined ? 100 : m.Base, m.Verified, forecast, m.ExtraCapexUntilDeadline, m.BridgingAvoided,
            m.TotalCostChange, text);
    }

    private static string Signed(double euro) => (euro < 0 ? "−" : "+") + StatusTerms.Euro(Math.Abs(euro));
}
