using Infra.Planning.Pipeline;
using System.Globalization;
using System.Text;
using Infra.Core.Sites;
using Infra.Planning.Schedule;
using Spectre.Console;

namespace Infra.Cli.Output;

/// <summary>The rollout schedule in German: money per year, connected sites over time, the deadline, and schedule.csv.</summary>
internal static class ScheduleReport
{
    public static IReadOnlyList<string> Print(IAnsiConsole console, PlanOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(outcome);
        var schedule = outcome.Schedule;
        var scenario = outcome.Instance.Scenario;
        var years = new Table().Title("Zeitplan je Kalenderjahr").AddColumns(
            "Jahr", "Investition (alles)", "davon LWL", "Richtfunk", "Mietleitung", "WLAN", "Überbrückung", "Budget", "Betrieb", "angebunden (Jahresende)");
        // Years up to the deadline and any later year with spending; the OPEX of later years is in summary.json.
        var lastYear = Math.Max(scenario.Deadline.Year, schedule.CapexByYear.Where(y => y.Value.Total > 0).Select(y => y.Key).DefaultIfEmpty(0).Max());
        foreach (var (year, capex) in schedule.CapexByYear.Where(y => y.Key <= lastYear).OrderBy(y => y.Key))
        {
            var opex = schedule.OpexByYear.TryGetValue(year, out var o) ? o.Total : 0;
            var end = schedule.Quarters.LastOrDefault(q => q.Quarter.Year == year);
            years.AddRow(
                year.ToString(CultureInfo.InvariantCulture), German.Euro(capex.Total), German.Euro(capex.Fibre), German.Euro(capex.Radio),
                German.Euro(capex.Leased), German.Euro(capex.Wlan), German.Euro(capex.Bridging), German.Euro(scenario.Capacities.BudgetFor(year)),
                German.Euro(opex), end is null ? "" : German.Percent(end.ConnectedShare));
        }

        console.Write(years);
        var atDeadline = schedule.Quarters.FirstOrDefault(q => q.Quarter == schedule.Deadline) ?? (schedule.Quarters.Count > 0 ? schedule.Quarters[^1] : null);
        if (atDeadline is not null)
        {
            var byTech = new Table().Title($"Stand zur Frist {scenario.Deadline:dd.MM.yyyy} ({schedule.Deadline.German})").AddColumns("Gruppe", "angebunden");
            byTech.AddRow("[bold]alle Liegenschaften[/]", German.Percent(atDeadline.ConnectedShare));
            foreach (var (kind, share) in atDeadline.ConnectedByKind.OrderBy(k => k.Key))
            {
                byTech.AddRow(kind.ToCode(), German.Percent(share));
            }

            foreach (var (tech, share) in atDeadline.ConnectedByTechnology.OrderBy(k => k.Key, StringComparer.Ordinal))
            {
                byTech.AddRow(Markup.Escape(tech), German.Percent(share));
            }

            byTech.AddRow("WLAN ausgestattet", German.Percent(atDeadline.WlanShare));
            console.Write(byTech);
        }

        var lines = new List<string>();
        var f = schedule.Figures;
        var missed = schedule.DeadlineMisses.Count(m => !m.Bridged);
        var bridged = schedule.DeadlineMisses.Count(m => m.Bridged);
        lines.Add(missed == 0
            ? $"Frist {scenario.Deadline:dd.MM.yyyy} hält: alle Liegenschaften sind bis {schedule.Deadline.German} angebunden" +
              (bridged > 0 ? $", davon {bridged} übergangsweise per Mietleitung überbrückt." : ".")
            : $"Frist {scenario.Deadline:dd.MM.yyyy} hält NICHT: {missed} Liegenschaft(en) sind zur Frist nicht angebunden, {bridged} überbrückt.");
        if (atDeadline is not null)
        {
            lines.Add($"Zur Frist angebunden: {German.Percent(atDeadline.ConnectedShare)} der Liegenschaften, WLAN in {German.Percent(atDeadline.WlanShare)}.");
        }

        if (schedule.ExtraCapacity is { } extra && missed > 0)
        {
            lines.Add("Für die Frist fehlen: " + string.Join(" oder ", new[]
            {
                extra.TrenchMetresPerQuarter is { } m ? $"{German.Number(m)} m Tiefbau mehr je Quartal" : "Tiefbau allein reicht nicht",
                extra.BudgetEuroPerYear is { } b ? $"{German.Euro(b)} mehr Budget je Jahr" : "Budget allein reicht nicht",
            }) + " (nachgerechnet mit der Listenplanung).");
        }

        lines.Add($"Zeitplan: {f.Method}, Zielwert {German.Number(f.Objective)} Punkte, Schranke {German.Number(f.BestBound)}, Lücke {German.Percent(f.Gap, 1)}; " +
            $"Listenplanung (Basis) {German.Number(f.BaselineObjective)} Punkte; {German.Number(f.Seconds, 1)} s.");
        foreach (var miss in schedule.DeadlineMisses.Where(m => !m.Bridged).Take(10))
        {
            var site = outcome.Instance.Sites[miss.SiteIndex].Site;
            lines.Add($"  verfehlt: {site.Name} ({site.Id}), geplant {miss.PlannedLive?.German ?? "nie"}: {miss.Reason}");
        }

        foreach (var line in lines)
        {
            console.MarkupLine(Markup.Escape(line));
        }

        return lines;
    }

    /// <summary>One row per quarter: shares overall, by technology and by kind, WLAN, sites at risk, trench metres.</summary>
    public static string Csv(Schedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var inv = CultureInfo.InvariantCulture;
        var kinds = schedule.Quarters.SelectMany(q => q.ConnectedByKind.Keys).Distinct().Order().ToArray();
        var techs = schedule.Quarters.SelectMany(q => q.ConnectedByTechnology.Keys).Distinct().Order(StringComparer.Ordinal).ToArray();
        var districts = schedule.Quarters.SelectMany(q => q.ConnectedByDistrict.Keys).Distinct().Order(StringComparer.Ordinal).ToArray();
        var sb = new StringBuilder("quarter,connected_share,wlan_share,sites_at_risk,trench_m");
        foreach (var t in techs)
        {
            sb.Append(",tech_").Append(t);
        }

        foreach (var k in kinds)
        {
            sb.Append(",kind_").Append(k.ToCode());
        }

        foreach (var d in districts)
        {
            sb.Append(",district_").Append(d.Replace(' ', '_'));
        }

        sb.Append('\n');
        foreach (var q in schedule.Quarters)
        {
            sb.Append(q.Quarter.ToString()).Append(',').Append(q.ConnectedShare.ToString("0.####", inv)).Append(',')
                .Append(q.WlanShare.ToString("0.####", inv)).Append(',').Append(q.SitesAtRisk.ToString(inv)).Append(',')
                .Append(q.TrenchMetres.ToString("0.#", inv));
            foreach (var t in techs)
            {
                sb.Append(',').Append(q.ConnectedByTechnology.GetValueOrDefault(t).ToString("0.####", inv));
            }

            foreach (var k in kinds)
            {
                sb.Append(',').Append(q.ConnectedByKind.GetValueOrDefault(k).ToString("0.####", inv));
            }

            foreach (var d in districts)
            {
                sb.Append(',').Append(q.ConnectedByDistrict.GetValueOrDefault(d).ToString("0.####", inv));
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }
}
