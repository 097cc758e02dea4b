using Infra.Status.Model;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using S = Infra.Status.Report.ReportStyle;
using T = Infra.Status.Status.StatusTerms;

namespace Infra.Status.Report;

/// <summary>
/// The Sachstandsbericht for the council and the steering committee (docs/status.md): German, A4, a few pages —
/// Stichtag, headline figures and the forecast with its traffic light, the three-line curve, a map of the sites by
/// state and technology, tables by district, kind and technology, CAPEX per year against budget, risks and measures
/// with their cost, data sources (what is synthetic) and the method. Every figure comes from one
/// <see cref="ProgrammeStatus"/>, the same the API serves. PDFsharp lays out the pages, ScottPlot draws charts and map.
/// </summary>
public static class Sachstandsbericht
{
    /// <summary>Renders the report as PDF bytes (deterministic for the same status, apart from the PDF's file id).</summary>
    /// <exception cref="InvalidOperationException">The DejaVu fonts are not installed.</exception>
    public static byte[] Render(ProgrammeStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        ReportFonts.Register();
        using var document = new PdfDocument();
        document.Info.Title = $"Sachstandsbericht Anbindung städtischer Liegenschaften – Stichtag {T.Date(status.Stichtag)}";
        document.Info.Subject = $"Szenario {status.Scenario}";
        document.Info.Creator = "Infra";
        document.Info.CreationDate = status.Stichtag.ToDateTime(TimeOnly.MinValue);
        var running = $"Sachstandsbericht · Stichtag {T.Date(status.Stichtag)} · {status.Scenario}" + (status.Data.Synthetic ? " · Ist synthetisch" : "");
        using (var w = new ReportWriter(document, running))
        {
            Overview(w, status);
            w.NewPage();
            Essentials(w, status);
            ReportSections.Measures(w, status);
            w.NewPage();
            Map(w, status);
            w.NewPage();
            ReportSections.Groups(w, status);
            w.NewPage();
            ReportSections.Money(w, status);
            w.NewPage();
            ReportSections.Risks(w, status);
            ReportSections.DataAndMethod(w, status);
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private static void Overview(ReportWriter w, ProgrammeStatus s)
    {
        var h = s.Headline;
        w.G.DrawString("Sachstandsbericht", S.Title, new XSolidBrush(S.Accent), new XPoint(S.Left, w.Y + S.Title.Height));
        w.Y += S.Title.Height * 1.4;
        w.Paragraph($"Anbindung städtischer Liegenschaften an das Datennetz (LWL, Richtfunk, Mietleitung) und WLAN – Stichtag {T.Date(s.Stichtag)}",
            S.BodyBold);
        w.Paragraph($"Szenario {s.Scenario} · Ausgangsplan: Planversion {s.Baseline.Version}"
            + (s.Baseline.PlanningStart is { } start ? $" (Planungsbeginn {T.Date(start)})" : "")
            + (s.Replan is { } r ? $" · Fortschreibung: Planversion {r.Version}" + (r.PlanningStart is { } rs ? $" (ab {T.Date(rs)})" : "") : " · keine Fortschreibung")
            + $" · Frist {T.Date(s.Deadline)}", S.Small, S.Muted);
        if (s.Data.Synthetic)
        {
            w.Note(s.Data.Note, S.Warning);
        }
        else
        {
            w.Paragraph(s.Data.Note, S.Small, S.Muted);
        }

        Light(w, s);
        var table = new ReportTable(["Kennzahl zum Stichtag", "Ist", "Ausgangsplan", "Differenz"], [0.34, 0.24, 0.24, 0.18], new HashSet<int> { 1, 2, 3 });
        table.Add("Liegenschaften angebunden", $"{T.Percent(h.ConnectedShare)} ({T.Number(h.Connected)} von {T.Number(h.Sites)})",
            $"{T.Percent(h.PlannedShare)} ({T.Number(h.Planned)})", T.Points(h.DifferencePoints));
        table.Add("WLAN in Betrieb", T.Percent(h.WlanShare), T.Percent(h.WlanPlannedShare), T.Points(h.WlanDifferencePoints));
        w.Table(table, S.Body);

        var f = s.Forecast;
        var forecast = new ReportTable(["Prognose zur Frist " + T.Date(s.Deadline), "angebunden", "überbrückt", "verfehlt"], [0.46, 0.18, 0.18, 0.18],
            new HashSet<int> { 1, 2, 3 });
        forecast.Add(f.DeadlinePassed ? "Ist zur Frist" : s.Replan is null ? "Ausgangsplan" : "Fortschreibung (Kapazitäten des Szenarios)",
            T.Number(f.Counts.Connected), T.Number(f.Counts.Bridged), T.Number(f.Counts.Missed));
        if (f.Observed is { } o && f.ObservedTrenchMetresPerQuarter is { } rate)
        {
            forecast.Add($"bei bisheriger Tiefbauleistung ({T.Number(rate)} m/Quartal)", T.Number(o.Connected), T.Number(o.Bridged), T.Number(o.Missed));
        }

        foreach (var m in s.Measures.Where(m => m.Forecast is not null))
        {
            forecast.Add($"mit Maßnahme: {m.Label} +{T.Number(m.Extra ?? 0)} {m.Unit}", T.Number(m.Forecast!.Connected), T.Number(m.Forecast.Bridged),
                T.Number(m.Forecast.Missed));
        }

        w.Table(forecast, S.Body);
        w.Heading("Anbindung im Zeitverlauf: Ausgangsplan, Ist und Fortschreibung");
        var height = Math.Max(160, Math.Min(300, S.Bottom - w.Y - 6));
        w.Image(ReportCharts.Curve(s, S.Width, height), height);
    }

    private static void Essentials(ReportWriter w, ProgrammeStatus s)
    {
        w.Heading("Das Wichtigste");
        w.Bullet(s.Forecast.Summary);
        var levels = s.Risks.GroupBy(r => r.Level).OrderBy(g => g.Key).Select(g => $"{T.Number(g.Count())} {T.Level(g.Key)}");
        w.Bullet(s.Risks.Count == 0
            ? "Keine Liegenschaft ist gefährdet."
            : $"{T.Number(s.Risks.Count)} Liegenschaften sind gefährdet ({string.Join(", ", levels)}); die Liste folgt nach den Tabellen.");
        foreach (var m in s.Measures.Where(m => m.Extra is not null && m.Verified))
        {
            var target = m.Kind == Planning.Replan.MeasureKind.Combined ? "" : $" (auf {T.Number(m.Base + m.Extra!.Value)})";
            w.Bullet($"Maßnahme: {m.Label} +{T.Number(m.Extra!.Value)} {m.Unit}{target}, durch Neuplanung des Zeitplans bestätigt; "
                + $"{T.Euro(m.ExtraCapexUntilDeadline)} Investition früher (bis Ende {s.Deadline.Year}), {T.Euro(m.BridgingAvoided)} Überbrückung vermieden.");
        }

        if (s.Bridging.Sites > 0)
        {
            w.Bullet($"Stattdessen überbrücken: {T.Number(s.Bridging.Sites)} Liegenschaften per Mietleitung bis zum eigenen Anschluss, "
                + $"{T.Euro(s.Bridging.CostEuro)} (Einrichtung und Monatsentgelte, nominal).");
        }

        w.Bullet($"Investition: Ausgangsplan {T.MillionEuro(s.Money.BaselineCapex.Euro)}, davon bis zum Stichtag umgesetzt geschätzt "
            + $"{T.MillionEuro(s.Money.ActualCapexEstimated.Euro)}"
            + (s.Money.ReplanCapex is { } replan ? $"; laut Fortschreibung noch {T.MillionEuro(replan.Euro)}" : "")
            + " (jeweils LWL, Richtfunk, Mietleitung-Einrichtung und WLAN; ohne Betrieb und Überbrückung).");
    }

    private static void Light(ReportWriter w, ProgrammeStatus s)
    {
        var color = s.Headline.Light switch { TrafficLight.Haelt => S.Green, TrafficLight.Gefaehrdet => S.Amber, _ => S.Red };
        w.Need(34);
        w.G.DrawEllipse(new XSolidBrush(color), S.Left, w.Y + 2, 22, 22);
        w.G.DrawString($"Frist {T.Date(s.Deadline)}: {s.Headline.LightLabel}", S.Figure, new XSolidBrush(S.Ink), new XPoint(S.Left + 32, w.Y + 20));
        w.Y += 34;
    }

    private static void Map(ReportWriter w, ProgrammeStatus s)
    {
        w.Heading("Karte: Liegenschaften nach Stand und Technik am Stichtag");
        w.Paragraph("Farbe: Stand am Stichtag; Form: Technik (gebaut, sonst laut Fortschreibung); rot umrandet: gefährdet. "
            + "Beschriftet sind die Stadtbezirke (in der Mitte ihrer Liegenschaften).", S.Small, S.Muted);
        var height = Math.Min(ReportMap.HeightFor(s, S.Width), S.Bottom - w.Y - 30);
        w.Image(ReportMap.Render(s, S.Width, height), height);
        var counts = s.Sites.GroupBy(x => x.State).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{T.State(g.Key)}: {T.Number(g.Count())}");
        w.Paragraph(string.Join(" · ", counts) + $" · gefährdet: {T.Number(s.Sites.Count(x => x.AtRisk))}", S.Small, S.Muted);
    }
}
