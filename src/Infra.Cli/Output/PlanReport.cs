using Infra.Core.Sites;
using Infra.Planning.Plans;
using Spectre.Console;

namespace Infra.Cli.Output;

/// <summary>The German summary of a plan printed by <c>infra plan</c> (also written into summary.json).</summary>
internal static class PlanReport
{
    public static IReadOnlyList<string> Print(IAnsiConsole console, Plan plan)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(plan);
        console.Write(new Rule($"Plan {Markup.Escape(plan.ScenarioName)}"));
        // Verdicts come first: a plan without network or with most sites unservable must not read as a success.
        var verdicts = plan.Verdicts.Select(v => $"{Severity(v.Severity)}: {v.Text}").ToArray();
        foreach (var (line, verdict) in verdicts.Zip(plan.Verdicts))
        {
            var colour = verdict.Severity switch { VerdictSeverity.Error => "red", VerdictSeverity.Warning => "yellow", _ => "blue" };
            console.MarkupLine($"[bold {colour}]{Markup.Escape(line)}[/]");
        }

        var table = new Table().Title("Technologie je Liegenschaft").AddColumns("Technologie", "Liegenschaften", "Investition", "Kapitalwert (TCO)");
        foreach (var group in plan.Sites.GroupBy(s => PlanFiles.Code(s)).OrderBy(g => Order(g.Key)))
        {
            table.AddRow(Label(group.Key), German.Number(group.Count()), German.Euro(group.Sum(s => s.CapexEuro)), German.Euro(group.Sum(s => s.NpvEuro)));
        }

        table.AddRow("[bold]gesamt[/]", German.Number(plan.Sites.Count), German.Euro(plan.Totals.CapexEuro), German.Euro(plan.Totals.NpvEuro));
        console.Write(table);

        var s = plan.Solver;
        var lines = new List<string>
        {
            $"{plan.Totals.SitesPlanned} Liegenschaften neu angebunden: {plan.Totals.SitesByTechnology[Technology.Fibre]} LWL-Eigenbau, " +
            $"{plan.Totals.SitesByTechnology[Technology.Radio]} Richtfunk, {plan.Totals.SitesByTechnology[Technology.Leased]} Mietleitung; " +
            $"{plan.Totals.SitesKeepingUplink} behalten ihre ausreichende Anbindung.",
            $"Neuer Tiefbau: {German.Kilometres(plan.Totals.TrenchMetres)}, {plan.Totals.Taps} neue Spleiße am LWL-Bestand, {plan.Links.Count} Richtfunkstrecken.",
            $"Investition {German.Euro(plan.Totals.CapexEuro)}, Betrieb {German.Euro(plan.Totals.OpexPerYearEuro)} pro Jahr, Kapitalwert über den Betrachtungszeitraum {German.Euro(plan.Totals.NpvEuro)}.",
            $"Optimierung: Zielwert {German.Euro(s.Objective)}, untere Schranke {German.Euro(s.BestBound)}, Lücke {German.Percent(s.Gap, 2)} " +
            $"({s.Status}, {German.Number(s.WallSeconds, 1)} s, {s.Nodes} Knoten); Schranke {s.BoundLabel}.",
            $"Vergleich Greedy-Verfahren (Prim mit Relais): {German.Euro(s.GreedyObjective)} – der Plan kostet " +
            $"{German.Percent(s.GreedyObjective == 0 ? 1 : s.Objective / s.GreedyObjective, 1)} davon.",
        };
        var unserved = plan.Sites.Where(p => p.Technology is null && !p.KeepsCurrentUplink).ToArray();
        if (unserved.Length > 0)
        {
            lines.Add($"{unserved.Length} Liegenschaft(en) nicht versorgbar: " +
                string.Join("; ", unserved.Take(10).Select(u => $"{u.Site.Name} ({u.Site.Id}): {u.Reason}")) + (unserved.Length > 10 ? " …" : ""));
        }

        foreach (var line in lines)
        {
            console.MarkupLine(Markup.Escape(line));
        }

        return [.. verdicts, .. lines];
    }

    private static string Severity(VerdictSeverity severity) => severity switch
    {
        VerdictSeverity.Error => "FEHLER",
        VerdictSeverity.Warning => "WARNUNG",
        _ => "HINWEIS",
    };

    private static int Order(string code) => code switch
    {
        "fibre" => 0,
        "radio" => 1,
        "leased" => 2,
        "keep" => 3,
        _ => 4,
    };

    private static string Label(string code) => code switch
    {
        "fibre" => "LWL-Eigenbau",
        "radio" => "Richtfunk",
        "leased" => "Mietleitung",
        "keep" => "bestehende Anbindung",
        _ => "nicht versorgbar",
    };
}
