using System.Globalization;
using Infra.Core.Codes;
using Infra.Core.Language;
using Infra.Core.Plans;
using Infra.Core.Sites;
using Spectre.Console;

namespace Infra.Cli.Output;

/// <summary>The rollout schedule in German: money per year, connected sites at the deadline, whether it holds.</summary>
internal static class ScheduleReport
{
    public static IReadOnlyList<string> Print(IAnsiConsole console, PlanExport plan)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(plan);
        var summary = plan.Summary;
        var schedule = summary.Schedule;
        var deadline = GermanFormat.Date(summary.Deadline);
        var deadlineQuarter = GermanFormat.Quarter(schedule.DeadlineQuarter);
        var years = new Table().Title("Zeitplan je Kalenderjahr").AddColumns(
            "Jahr", "Investition (alles)", "davon LWL", "Richtfunk", "Mietleitung", "WLAN", "Überbrückung", "Budget", "Betrieb", "angebunden (Jahresende)");
        // Years up to the deadline and any later year with spending; the OPEX of later years is in summary.json.
        var lastYear = Math.Max(summary.Deadline.Year, plan.Years.Where(y => y.CapexEur > 0).Select(y => y.Year).DefaultIfEmpty(0).Max());
        foreach (var y in plan.Years.Where(y => y.Year <= lastYear))
        {
            var end = plan.Quarters.LastOrDefault(q => q.LastDay.Year == y.Year);
            years.AddRow(
                y.Year.ToString(CultureInfo.InvariantCulture), GermanFormat.Euro(y.CapexEur), GermanFormat.Euro(y.CapexFibreEur),
                GermanFormat.Euro(y.CapexRadioEur), GermanFormat.Euro(y.CapexLeasedEur), GermanFormat.Euro(y.CapexWlanEur),
                GermanFormat.Euro(y.CapexBridgingEur), GermanFormat.Euro(y.BudgetEur), GermanFormat.Euro(y.OpexEur),
                end is null ? "" : GermanFormat.Percent(end.ConnectedShare));
        }

        console.Write(years);
        var atDeadline = plan.Quarters.FirstOrDefault(q => q.Quarter == schedule.DeadlineQuarter) ?? (plan.Quarters.Count > 0 ? plan.Quarters[^1] : null);
        if (atDeadline is not null)
        {
            var byGroup = new Table().Title($"Stand zur Frist {deadline} ({deadlineQuarter})").AddColumns("Gruppe", "angebunden");
            byGroup.AddRow("[bold]alle Liegenschaften[/]", GermanFormat.Percent(atDeadline.ConnectedShare));
            foreach (var kind in Enum.GetValues<SiteKind>().Select(k => k.ToCode()).Where(atDeadline.ByKind.ContainsKey))
            {
                byGroup.AddRow(Markup.Escape(Glossary.Label(DomainNames.SiteKind, kind)), GermanFormat.Percent(atDeadline.ByKind[kind]));
            }

            foreach (var tech in Enum.GetValues<PlanTechnology>().Where(t => atDeadline.ByTechnology.ContainsKey(EnumCodes.Of(t))))
            {
                byGroup.AddRow(Markup.Escape(Glossary.Technology(tech)), GermanFormat.Percent(atDeadline.ByTechnology[EnumCodes.Of(tech)]));
            }

            byGroup.AddRow("WLAN ausgestattet", GermanFormat.Percent(atDeadline.WlanShare));
            console.Write(byGroup);
        }

        var lines = new List<string>
        {
            schedule.MissedSites == 0
                ? $"Frist {deadline} hält: alle Liegenschaften sind bis {deadlineQuarter} angebunden" +
                  (schedule.BridgedSites > 0 ? $", davon {schedule.BridgedSites} übergangsweise per Mietleitung überbrückt." : ".")
                : $"Frist {deadline} hält NICHT: {schedule.MissedSites} Liegenschaft(en) sind zur Frist nicht angebunden, {schedule.BridgedSites} überbrückt.",
        };
        if (atDeadline is not null)
        {
            lines.Add($"Zur Frist angebunden: {GermanFormat.Percent(atDeadline.ConnectedShare)} der Liegenschaften, WLAN in {GermanFormat.Percent(atDeadline.WlanShare)}.");
        }

        if (schedule.ExtraCapacityNeeded is { } extra && schedule.MissedSites > 0)
        {
            lines.Add("Für die Frist fehlen: " + string.Join(" oder ", new[]
            {
                extra.TrenchMPerQuarter is { } m ? $"{GermanFormat.Number(m)} m Tiefbau mehr je Quartal" : "Tiefbau allein reicht nicht",
                extra.BudgetEurPerYear is { } b ? $"{GermanFormat.Euro(b)} mehr Budget je Jahr" : "Budget allein reicht nicht",
            }) + " (nachgerechnet mit der Listenplanung).");
        }

        lines.Add($"Zeitplan: {schedule.Method}, Zielwert {GermanFormat.Number(schedule.ObjectivePoints)} Punkte, Schranke {GermanFormat.Number(schedule.BestBoundPoints)}, " +
            $"Lücke {GermanFormat.Percent(schedule.Gap, 1)}; Listenplanung (Basis) {GermanFormat.Number(schedule.BaselineObjectivePoints)} Punkte; " +
            $"{GermanFormat.Number(schedule.Seconds, 1)} s.");
        foreach (var site in plan.Sites.Where(s => s.MissesDeadline).Take(10))
        {
            lines.Add($"  verfehlt: {site.Name} ({site.Id}), geplant {(site.LiveQuarter is null ? "nie" : GermanFormat.Quarter(site.LiveQuarter))}: {site.ScheduleNote}");
        }

        foreach (var line in lines)
        {
            console.MarkupLine(Markup.Escape(line));
        }

        return lines;
    }
}
