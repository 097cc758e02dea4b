using Infra.Planning.Replan;

namespace Infra.Cli.Output;

/// <summary>A measure in one German sentence for the console.</summary>
internal static class MeasureText
{
    public static string Describe(Measure m, MeasureBasis basis)
    {
        ArgumentNullException.ThrowIfNull(m);
        var from = basis == MeasureBasis.Observed ? "bisher" : "statt";
        var lever = m.Kind switch
        {
            MeasureKind.TrenchCapacity => m.Extra is { } t ? $"Tiefbau +{German.Number(t)} m je Quartal ({from} {German.Number(m.Base)})" : "mehr Tiefbau allein",
            MeasureKind.Budget => m.Extra is { } b ? $"Budget +{German.Euro(b)} je Jahr (statt {German.Euro(m.Base)})" : "mehr Budget allein",
            MeasureKind.RadioInstalls => m.Extra is { } r ? $"+{German.Number(r)} Richtfunk-Montagen je Quartal (statt {German.Number(m.Base)})" : "mehr Richtfunk-Montagen allein",
            _ => m.Extra is { } c ? $"alle Kapazitäten und Budgets +{German.Percent(c, 0)}" : "alle Kapazitäten zusammen (bis zum Zehnfachen)",
        };
        if (m.Extra is null)
        {
            return lever + ": reicht nicht, die Frist für alle zu halten";
        }

        var check = m.Verified ? "bestätigt" : "nicht bestätigt";
        var f = m.Forecast!;
        return $"{lever}: Fortschreibung damit {check} ({German.Number(f.Connected)} angebunden, {German.Number(f.Bridged)} überbrückt, "
            + $"{German.Number(f.Missed)} verfehlt); Mehr-Investition bis Fristjahr {German.Euro(m.ExtraCapexUntilDeadline)}, "
            + $"vermiedene Überbrückung {German.Euro(m.BridgingAvoided)}, Gesamtkosten bis Horizont {Signed(m.TotalCostChange)}";
    }

    private static string Signed(double euro) => (euro >= 0 ? "+" : "−") + German.Euro(Math.Abs(euro));
}
