using System.Globalization;
using Infra.Data.Progress.Synthetic;
using Infra.Status.Model;
using S = Infra.Status.Report.ReportStyle;
using T = Infra.Status.Status.StatusTerms;

namespace Infra.Status.Report;

/// <summary>The report's sections after the overview: groups, money, risks, measures, data and method.</summary>
internal static class ReportSections
{
    /// <summary>Risk rows printed; the full list is in the API and the JSON file.</summary>
    private const int MaxRisks = 30;

    public static void Groups(ReportWriter w, ProgrammeStatus s)
    {
        w.Heading("Ist gegen Ausgangsplan am Stichtag, Prognose zur Frist");
        w.Paragraph("Anteil angebundener Liegenschaften je Gruppe: Ist am Stichtag, Ausgangsplan am Stichtag, Differenz in Prozentpunkten und "
            + "Anteil mit eigener Anbindung zur Frist laut Fortschreibung.", S.Small, S.Muted);
        Group(w, "Stadtbezirk", s.ByDistrict, s.Headline, s.Forecast);
        Group(w, "Art der Liegenschaft", s.ByKind, s.Headline, s.Forecast);
        Group(w, "Technik (Ausgangsplan)", s.ByTechnology, s.Headline, s.Forecast);
    }

    public static void Money(ReportWriter w, ProgrammeStatus s)
    {
        w.Heading("Investition je Jahr gegen Budget");
        var money = s.Money;
        w.Image(ReportCharts.Money(s, S.Width, 190), 190);
        var table = new ReportTable(["Jahr", "Budget", "Ausgangsplan", "Ist (geschätzt)", "Fortschreibung"], [0.12, 0.22, 0.22, 0.22, 0.22],
            new HashSet<int> { 1, 2, 3, 4 });
        foreach (var y in money.Years)
        {
            table.Add(y.Year.ToString(CultureInfo.InvariantCulture), T.Euro(y.Budget), Euro(y.Baseline), Euro(y.ActualEstimated), Euro(y.Replan));
        }

        table.Add("Summe", "", T.Euro(money.BaselineCapex.Euro), T.Euro(money.ActualCapexEstimated.Euro), money.ReplanCapex is { } r ? T.Euro(r.Euro) : "–");
        table.BoldRows.Add(table.Rows.Count - 1);
        w.Table(table);
        w.Paragraph($"Ausgangsplan {T.MillionEuro(money.BaselineCapex.Euro)}: {money.BaselineCapex.Includes}.", S.Small);
        w.Paragraph($"Ist {T.MillionEuro(money.ActualCapexEstimated.Euro)}: {money.ActualCapexEstimated.Includes}.", S.Small);
        if (money.ReplanCapex is { } replan)
        {
            w.Paragraph($"Fortschreibung {T.MillionEuro(replan.Euro)}: {replan.Includes}.", S.Small);
        }
    }

    public static void Risks(ReportWriter w, ProgrammeStatus s)
    {
        w.Heading($"Gefährdete Liegenschaften ({T.Number(s.Risks.Count)})");
        if (s.Risks.Count == 0)
        {
            w.Paragraph("Keine Liegenschaft ist gefährdet.");
            return;
        }

        var table = new ReportTable(["Liegenschaft", "Stadt- bezirk", "Technik", "Stufe", "Ausgangs- plan", "Fort- schreibung", "Grund"],
            [0.22, 0.11, 0.1, 0.1, 0.1, 0.11, 0.26]);
        foreach (var r in s.Risks.Take(MaxRisks))
        {
            table.Markers[table.Rows.Count] = r.Level switch
            {
                RiskLevel.Verfehlt => S.Red,
                RiskLevel.Ueberbrueckt => S.Amber,
                _ => S.Muted,
            };
            table.Add($"{r.Name} ({r.SiteId})", r.District, r.TechnologyLabel, r.LevelLabel, T.Quarter(r.BaselineQuarter), T.Quarter(r.ReplanQuarter),
                string.Join("; ", r.Reasons));
        }

        w.Table(table);
        if (s.Risks.Count > MaxRisks)
        {
            w.Paragraph($"… und {T.Number(s.Risks.Count - MaxRisks)} weitere; die vollständige Liste liefern GET /api/status und infra status --out.",
                S.Small, S.Muted);
        }
    }

    public static void Measures(ReportWriter w, ProgrammeStatus s)
    {
        w.Heading("Maßnahmen und ihre Kosten");
        if (s.Measures.Count == 0)
        {
            w.Paragraph(s.Forecast.DeadlinePassed
                ? "Die Frist ist verstrichen; Maßnahmen für sie gibt es nicht mehr."
                : "Keine Maßnahme nötig: die Frist hält für alle Liegenschaften, auch bei der bisherigen Tiefbauleistung.");
        }
        else
        {
            var table = new ReportTable(["Maßnahme", "Erhöhung", "durch Neu- planung bestätigt", "zur Frist angeb. / überbr. / verfehlt",
                $"mehr Investition bis Ende {s.Deadline.Year}", "Über- brückung vermieden", "Gesamt- ausgaben bis Horizont"],
                [0.17, 0.15, 0.1, 0.14, 0.15, 0.14, 0.15], new HashSet<int> { 1, 4, 5, 6 });
            foreach (var m in s.Measures)
            {
                table.Add(m.Label, m.Extra is { } x ? $"+{T.Number(x)} {m.Unit}" : "allein nicht ausreichend", m.Extra is null ? "" : m.Verified ? "ja" : "nein",
                    m.Forecast is { } f ? $"{T.Number(f.Connected)} / {T.Number(f.Bridged)} / {T.Number(f.Missed)}" : "",
                    m.Extra is null ? "" : T.Euro(m.ExtraCapexUntilDeadline), m.Extra is null ? "" : T.Euro(m.BridgingAvoided),
                    m.Extra is null ? "" : (m.TotalCostChange < 0 ? "−" : "+") + T.Euro(Math.Abs(m.TotalCostChange)));
            }

            w.Table(table);
            foreach (var m in s.Measures.Where(m => m.Extra is not null))
            {
                w.Bullet(m.Description, S.Small);
            }
        }

        w.Paragraph(s.Bridging.Description);
    }

    public static void DataAndMethod(ReportWriter w, ProgrammeStatus s)
    {
        w.Heading("Datenquellen und was synthetisch ist");
        w.Paragraph(s.Data.Note);
        if (s.Data.Sources.Count > 0)
        {
            var table = new ReportTable(["Quelle der Fortschrittsmeldungen", "Zeilen", "synthetisch"], [0.6, 0.2, 0.2], new HashSet<int> { 1 });
            foreach (var source in s.Data.Sources)
            {
                table.Add(source.Source.Length == 0 ? "(ohne Bericht)" : source.Source, T.Number(source.Rows), source.Synthetic ? "ja" : "nein");
            }

            w.Table(table);
        }

        if (s.Data.Synthetic)
        {
            var lag = new LagAssumptions();
            w.Paragraph("Annahmen der synthetischen Fortschrittsberichte (Platzhalter, keine Messung): der Tiefbau erreicht im ersten Jahr "
                + $"{T.Percent(lag.FirstYearTrenchShare, 0)}, im zweiten {T.Percent(lag.SecondYearTrenchShare, 0)} und danach "
                + $"{T.Percent(lag.SteadyTrenchShare, 0)} der im Ausgangsplan je Quartal vorgesehenen Meter (im ersten Quartal jedes Jahres "
                + $"{T.Percent(lag.WinterFactor, 0)} davon, ±{T.Percent(lag.QuarterNoise, 0)} Zufall); Richtfunk, Mietleitungen und WLAN kommen mit "
                + $"{T.Percent(lag.RadioPace, 0)}, {T.Percent(lag.LeasedPace, 0)} und {T.Percent(lag.WlanPace, 0)} des geplanten Tempos voran; bei "
                + $"{T.Percent(lag.PermitDelayedShare, 0)} der LWL- und Richtfunk-Standorte kommt die Genehmigung 90 bis 270 Tage später, bei "
                + $"{T.Percent(lag.BlockedShare, 0)} bis heute nicht; {T.Percent(lag.AheadShare, 0)} sind bis zu 60 Tage früher fertig "
                + "(Mitverlegung). Hintergrund: Bundesförderprogramm Breitband – nach sechs Jahren 12,5 % der Mittel ausgezahlt (heise, 10/2021), "
                + "Gründe: Planungs-, Genehmigungs- und Vergabeverfahren, knappe Planungs- und Tiefbaukapazitäten.", S.Small);
        }

        w.Paragraph("Geodaten: Schulen aus dem offenen Schulverzeichnis; weitere Liegenschaften, LWL-Trassen, Straßen, Richtfunk-Standorte "
            + "und Gebäude sind synthetische Stand-ins, wo keine offenen Daten vorliegen (geodata/README.md). Kosten und Kapazitäten: Szenario "
            + $"{s.Scenario}.", S.Small);
        w.Heading("Methode");
        w.Paragraph(s.Method.Text);
    }

    private static void Group(ReportWriter w, string title, IReadOnlyList<GroupStatus> groups, StatusHeadline h, ForecastStatus f)
    {
        var table = new ReportTable([title, "Liegen- schaften", "ange- bunden", "Ist", "Ausgangs- plan", "Differenz", "Prognose zur Frist"],
            [0.3, 0.1, 0.11, 0.11, 0.13, 0.12, 0.13], new HashSet<int> { 1, 2, 3, 4, 5, 6 });
        foreach (var g in groups)
        {
            table.Add(g.Label, T.Number(g.Sites), T.Number(g.Connected), T.Percent(g.Share), T.Percent(g.PlannedShare), T.Points(g.DifferencePoints),
                T.Percent(g.ForecastShare));
        }

        table.Add("alle", T.Number(h.Sites), T.Number(h.Connected), T.Percent(h.ConnectedShare), T.Percent(h.PlannedShare), T.Points(h.DifferencePoints),
            T.Percent(f.ConnectedShare));
        table.BoldRows.Add(table.Rows.Count - 1);
        w.Table(table);
    }

    private static string Euro(double? value) => value is { } v ? T.Euro(v) : "–";
}
