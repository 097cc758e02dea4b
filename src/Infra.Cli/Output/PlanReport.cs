using Infra.Core.Language;
using Infra.Core.Plans;
using Spectre.Console;

namespace Infra.Cli.Output;

/// <summary>The German summary of a plan printed by <c>infra plan</c> (also written into summary.json).</summary>
internal static class PlanReport
{
    public static IReadOnlyList<string> Print(IAnsiConsole console, PlanExport plan)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(plan);
        var summary = plan.Summary;
        var totals = summary.Totals;
        console.Write(new Rule($"Plan {Markup.Escape(summary.Scenario)}"));
        var table = new Table().Title("Technologie je Liegenschaft").AddColumns("Technologie", "Liegenschaften", "Investition Anbindung (ohne WLAN)", "Barwert (TCO)");
        foreach (var group in plan.Sites.GroupBy(s => s.Technology).OrderBy(g => g.Key))
        {
            table.AddRow(Glossary.Technology(group.Key), GermanFormat.Number(group.Count()), GermanFormat.Euro(group.Sum(s => s.CapexEur)),
                GermanFormat.Euro(group.Sum(s => s.NpvEur)));
        }

        table.AddRow("[bold]gesamt[/]", GermanFormat.Number(plan.Sites.Count), GermanFormat.Euro(totals.CapexEur), GermanFormat.Euro(totals.NpvEur));
        console.Write(table);

        var s = summary.Solver;
        var by = totals.SitesByTechnology;
        var lines = new List<string>
        {
            $"{totals.SitesPlanned} Liegenschaften neu angebunden: {by.Fibre} {Glossary.Technology(PlanTechnology.Fibre)}, " +
            $"{by.Radio} {Glossary.Technology(PlanTechnology.Radio)}, {by.Leased} {Glossary.Technology(PlanTechnology.Leased)}; " +
            $"{totals.SitesKeepingUplink} behalten ihre ausreichende Anbindung.",
            $"Neuer Tiefbau: {GermanFormat.Kilometres(totals.TrenchM)}, {totals.Taps} neue Spleiße am LWL-Bestand, {totals.RadioLinks} Richtfunkstrecken.",
            $"Investition Anbindung {GermanFormat.Euro(totals.CapexEur)} (LWL mit Tiefbau, Richtfunk, Mietleitung-Einrichtung; ohne WLAN und " +
            $"Überbrückung, die die Tabelle je Kalenderjahr mit enthält), Betrieb der Anbindungen {GermanFormat.Euro(totals.OpexEurPerYear)} pro Jahr, " +
            $"Barwert über den Betrachtungszeitraum {GermanFormat.Euro(totals.NpvEur)}.",
            $"Optimierung: Zielwert {GermanFormat.Euro(s.ObjectiveEur)}, untere Schranke {GermanFormat.Euro(s.BestBoundEur)}, Lücke {GermanFormat.Percent(s.Gap, 2)} " +
            $"({s.Status}, {GermanFormat.Number(s.WallSeconds, 1)} s, {s.Nodes} Knoten); Schranke {s.BoundValidFor}.",
            $"Vergleich Greedy-Verfahren (Prim mit Relais): {GermanFormat.Euro(s.GreedyObjectiveEur)} – der Plan kostet " +
            $"{GermanFormat.Percent(s.PlanToGreedy, 1)} davon.",
        };
        lines.AddRange(summary.Verdicts.Select(v => $"{Glossary.Label(Core.Language.DomainNames.Severity, Core.Codes.EnumCodes.Of(v.Severity))}: {v.Message}"));
        var unserved = plan.Sites.Where(p => p.Technology == PlanTechnology.None).ToArray();
        if (unserved.Length > 0)
        {
            lines.Add($"{unserved.Length} Liegenschaft(en) nicht versorgbar: " +
                string.Join("; ", unserved.Take(10).Select(u => $"{u.Name} ({u.Id}): {PlanTexts.Reason(u)}")) + (unserved.Length > 10 ? " …" : ""));
        }

        foreach (var line in lines)
        {
            console.MarkupLine(Markup.Escape(line));
        }

        return lines;
    }
}
