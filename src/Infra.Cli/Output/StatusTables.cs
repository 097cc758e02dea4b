using Infra.Core.Language;
using System.Globalization;
using Infra.Status.Model;
using Spectre.Console;
using T = Infra.Status.Status.StatusTerms;

namespace Infra.Cli.Output;

/// <summary>The status as German console tables.</summary>
internal static class StatusTables
{
    public static void Print(IAnsiConsole console, ProgrammeStatus s, int maxRisks)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(s);
        var h = s.Headline;
        console.Write(new Rule($"Sachstand zum Stichtag {T.Date(s.Stichtag)} – {Markup.Escape(s.Scenario)}"));
        console.MarkupLine(Markup.Escape(
            $"Ausgangsplan: Planversion {s.Baseline.Version}" + (s.Replan is { } r ? $", Fortschreibung: Planversion {r.Version}" : ", keine Fortschreibung")));
        console.MarkupLine(Markup.Escape(s.Data.Note));

        var head = new Table().Title("Stand am Stichtag").AddColumns("Kennzahl", "Ist", "Ausgangsplan", "Differenz");
        head.AddRow("Liegenschaften angebunden", $"{T.Number(h.Connected)} von {T.Number(h.Sites)} ({T.Percent(h.ConnectedShare)})",
            $"{T.Number(h.Planned)} ({T.Percent(h.PlannedShare)})", T.Points(h.DifferencePoints));
        head.AddRow("WLAN ausgestattet", T.Percent(h.WlanShare), T.Percent(h.WlanPlannedShare), T.Points(h.WlanDifferencePoints));
        console.Write(head);

        var color = h.Light switch { TrafficLight.Haelt => "green", TrafficLight.Gefaehrdet => "yellow", _ => "red" };
        console.MarkupLine($"Frist {T.Date(s.Deadline)}: [{color} bold]{Markup.Escape(h.LightLabel)}[/] – "
            + $"{T.Number(h.ForecastConnected)} angebunden, {T.Number(h.ForecastBridged)} überbrückt, {T.Number(h.ForecastMissed)} verfehlt");
        console.MarkupLine(Markup.Escape(s.Forecast.Summary));

        Groups(console, "nach Stadtbezirk", s.ByDistrict);
        Groups(console, "nach Art", s.ByKind);
        Groups(console, "nach Technik (Ausgangsplan)", s.ByTechnology);
        Risks(console, s.Risks, maxRisks);
        Measures(console, s);
        Money(console, s.Money);
        console.MarkupLine(Markup.Escape("Methode: " + s.Method.Text));
    }

    private static void Groups(IAnsiConsole console, string title, IReadOnlyList<GroupStatus> groups)
    {
        var table = new Table().Title("Ist gegen Ausgangsplan " + title)
            .AddColumns("Gruppe", "Liegenschaften", "angebunden", "Ist", "Ausgangsplan", "Differenz", "Prognose zur Frist");
        foreach (var g in groups)
        {
            table.AddRow(Markup.Escape(g.Label), T.Number(g.Sites), T.Number(g.Connected), T.Percent(g.Share), T.Percent(g.PlannedShare),
                T.Points(g.DifferencePoints), T.Percent(g.ForecastShare));
        }

        console.Write(table);
    }

    private static void Risks(IAnsiConsole console, IReadOnlyList<SiteRisk> risks, int max)
    {
        var table = new Table().Title($"Gefährdete Liegenschaften ({T.Number(risks.Count)})")
            .AddColumns("Liegenschaft", "Stadtbezirk", "Technik", "Stufe", "Ausgangsplan", "Fortschreibung", "Grund");
        foreach (var r in risks.Take(max))
        {
            table.AddRow(Markup.Escape($"{r.Name} ({r.SiteId})"), Markup.Escape(r.District), Markup.Escape(r.TechnologyLabel), r.LevelLabel,
                T.Quarter(r.BaselineQuarter), T.Quarter(r.ReplanQuarter), Markup.Escape(string.Join("; ", r.Reasons)));
        }

        console.Write(table);
        if (risks.Count > max)
        {
            console.MarkupLine($"… und {T.Number(risks.Count - max)} weitere (alle in der JSON-Datei)");
        }
    }

    private static void Measures(IAnsiConsole console, ProgrammeStatus s)
    {
        if (s.Measures.Count == 0)
        {
            console.MarkupLine("Maßnahmen: keine nötig – die Frist hält für alle.");
        }
        else
        {
            var table = new Table().Title("Maßnahmen, damit die Frist für alle hält")
                .AddColumns("Maßnahme", "Erhöhung", "bestätigt", "Prognose zur Frist", "mehr Investition bis Fristjahr", "Überbrückung vermieden",
                    "Gesamtausgaben bis Horizont");
            foreach (var m in s.Measures)
            {
                table.AddRow(Markup.Escape(m.Label), m.Extra is { } x ? $"+{T.Number(x)} {Markup.Escape(m.Unit)}" : "reicht allein nicht",
                    m.Extra is null ? "" : m.Verified ? "ja" : "nein",
                    m.Forecast is { } f ? $"{T.Number(f.Connected)} / {T.Number(f.Bridged)} / {T.Number(f.Missed)}" : "",
                    m.Extra is null ? "" : T.Euro(m.ExtraCapexUntilDeadline), m.Extra is null ? "" : T.Euro(m.BridgingAvoided),
                    m.Extra is null ? "" : (m.TotalCostChange < 0 ? "−" : "+") + T.Euro(Math.Abs(m.TotalCostChange)));
            }

            console.Write(table);
            console.MarkupLine("Prognose: angebunden / überbrückt / verfehlt. Investition, Betrieb und Überbrückung nominal; Mehrpreise für zusätzliche Kolonnen sind nicht enthalten.");
        }

        console.MarkupLine(Markup.Escape(s.Bridging.Description));
    }

    private static void Money(IAnsiConsole console, MoneyStatus money)
    {
        var table = new Table().Title("Investition je Jahr gegen Budget (LWL, Richtfunk, Mietleitung-Einrichtung, WLAN; ohne Überbrückung)")
            .AddColumns("Jahr", "Budget", "Ausgangsplan", "Ist (geschätzt)", "Fortschreibung");
        foreach (var y in money.Years)
        {
            table.AddRow(y.Year.ToString(CultureInfo.InvariantCulture), T.Euro(y.Budget), Euro(y.Baseline), Euro(y.ActualEstimated), Euro(y.Replan));
        }

        console.Write(table);
        console.MarkupLine(Markup.Escape($"Ausgangsplan {T.MillionEuro(money.BaselineCapex.Euro)}: {money.BaselineCapex.Includes}."));
        console.MarkupLine(Markup.Escape($"Ist {T.MillionEuro(money.ActualCapexEstimated.Euro)}: {money.ActualCapexEstimated.Includes}."));
        if (money.ReplanCapex is { } replan)
        {
            console.MarkupLine(Markup.Escape($"Fortschreibung {T.MillionEuro(replan.Euro)}: {replan.Includes}."));
        }
    }

    private static string Euro(double? value) => value is { } v ? T.Euro(v) : "–";
}
