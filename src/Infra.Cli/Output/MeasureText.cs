using Infra.Core.Language;
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
            MeasureKind.TrenchCapacity => m.Extra is { } t ? $"Tiefbau +{GermanFormat.Number(t)} m je Quartal ({from} {GermanFormat.Number(m.Base)})" : "mehr Tiefbau allein",
            MeasureKind.Budget => m.Extra is { } b ? $"Budget +{GermanFormat.Euro(b)} je Jahr (statt {GermanFormat.Euro(m.Base)})" : "mehr Budget allein",
            MeasureKind.RadioInstalls => m.Extra is { } r ? $"+{GermanFormat.Number(r)} Richtfunk-Montagen je Quartal (statt {GermanFormat.Number(m.Base)})" : "mehr Richtfunk-Montagen allein",
            _ => m.Extra is { } c ? $"alle Kapazitäten und Budgets +{GermanFormat.Percent(c, 0)}" : "alle Kapazitäten zusammen (bis zum Zehnfachen)",
        };
        if (m.Extra is null)
        {
            return lever + ": reicht nicht, die Frist für alle zu halten";
        }

        var check = m.Verified ? "bestätigt" : "nicht bestätigt";
        var f = m.Forecast!;
        return $"{lever}: Fortschreibung damit {check} ({GermanFormat.Number(f.Connected)} angebunden, {GermanFormat.Number(f.Bridged)} überbrückt, "
            + $"{GermanFormat.Number(f.Missed)} verfehlt); Mehr-Investition bis Fristjahr {GermanFormat.Euro(m.ExtraCapexUntilDeadline)}, "
            + $"vermiedene Überbrückung {GermanFormat.Euro(m.BridgingAvoided)}, Gesamtkosten bis Horizont {Signed(m.TotalCostChange)}";
    }

    private static string Signed(double euro) => (euro >= 0 ? "+" : "−") + GermanFormat.Euro(Math.Abs(euro));
}
