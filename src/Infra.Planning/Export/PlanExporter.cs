using Infra.Core.Plans;
using Infra.Core.Sites;
using Infra.Planning.Pipeline;
using Infra.Planning.Plans;
using Infra.Planning.Schedule;

namespace Infra.Planning.Export;

/// <summary>
/// The one mapping from a planning outcome (design, plan, schedule) to the plan contract (<see cref="PlanExport"/>)
/// that files, database, API and OGC layers read. Full precision; dictionaries ordered by key (ordinal); years are
/// every year with CAPEX or OPEX.
/// </summary>
public static class PlanExporter
{
    /// <param name="outcome">The planning run.</param>
    /// <param name="verdicts">Top-level verdicts to carry in the summary (most severe first).</param>
    public static PlanExport Export(PlanOutcome outcome, IReadOnlyList<PlanVerdict>? verdicts = null)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var plan = outcome.Plan;
        var schedule = outcome.Schedule;
        var scenario = outcome.Instance.Scenario;
        var sites = Sites(plan, schedule);
        var summary = new PlanSummary(plan.ScenarioName, scenario.Deadline, verdicts ?? [], plan.Totals, plan.Solver, ScheduleOf(schedule));
        return new PlanExport(summary, sites, Trenches(plan, schedule), Links(plan), Quarters(schedule), Years(outcome));
    }

    private static PlanSite[] Sites(Plan plan, Schedule.Schedule schedule)
    {
        var bySite = schedule.Sites.ToDictionary(s => s.SiteIndex);
        return plan.Sites.Select((s, i) =>
        {
            var q = bySite.GetValueOrDefault(i);
            return new PlanSite(s.Site.Id.Value, s.Site.Name, s.Site.Kind, s.Site.District, s.DemandMbps, s.Decision, s.HubId,
                s.TrenchMetresShare, s.CapexEuro, s.OpexPerYearEuro, s.NpvEuro, s.Alternatives, s.Reason, q?.Live?.ToString(), q?.Live?.LastDay,
                q?.WlanAps ?? 0, q?.WlanInstalled?.ToString(), q?.BridgedFrom?.ToString(), q?.MissesDeadline ?? false, q?.Note, s.Site.Synthetic,
                s.Site.Location);
        }).ToArray();
    }

    private static PlanTrench[] Trenches(Plan plan, Schedule.Schedule schedule)
    {
        var dug = schedule.Edges.ToDictionary(e => e.EdgeIndex, e => e.Dug);
        return plan.Trenches.OrderBy(t => t.EdgeIndex).Select(t =>
        {
            Quarter? q = dug.TryGetValue(t.EdgeIndex, out var d) ? d : null;
            return new PlanTrench(PlanTrench.IdOf(t.EdgeIndex), t.EdgeIndex, t.Kind, t.LengthM, t.TrenchMetres, t.CapexEuro, t.SitesServed,
                q?.ToString(), q?.LastDay, t.SourceIds, t.Geometry);
        }).ToArray();
    }

    private static PlanLink[] Links(Plan plan) =>
        plan.Links.Select(l => new PlanLink(l.SiteId, l.HubId, l.DistanceM, l.LineOfSight, l.Geometry)).ToArray();

    private static ScheduleSummary ScheduleOf(Schedule.Schedule schedule)
    {
        var f = schedule.Figures;
        var extra = schedule.ExtraCapacity is { } x ? new ExtraCapacity(x.TrenchMetresPerQuarter, x.BudgetEuroPerYear) : null;
        return new ScheduleSummary(schedule.Start.ToString(), schedule.Deadline.ToString(), f.Method, f.Objective, f.BestBound, f.Gap,
            f.BaselineObjective, f.Seconds, schedule.DeadlineMisses.All(m => m.Bridged), schedule.DeadlineMisses.Count(m => m.Bridged),
            schedule.DeadlineMisses.Count(m => !m.Bridged), extra);
    }

    private static PlanQuarter[] Quarters(Schedule.Schedule schedule) => schedule.Quarters
        .Select(q => new PlanQuarter(q.Quarter.ToString(), q.Quarter.LastDay, q.ConnectedShare, q.WlanShare, q.SitesAtRisk, q.TrenchMetres,
            Sorted(q.ConnectedByKind.Select(k => (k.Key.ToCode(), k.Value))),
            Sorted(q.ConnectedByDistrict.Select(k => (k.Key, k.Value))),
            Sorted(q.ConnectedByTechnology.Select(k => (k.Key, k.Value)))))
        .ToArray();

    private static PlanYear[] Years(PlanOutcome outcome)
    {
        var schedule = outcome.Schedule;
        var capacities = outcome.Instance.Scenario.Capacities;
        return schedule.CapexByYear.Keys.Union(schedule.OpexByYear.Keys).Order().Select(y =>
        {
            var c = schedule.CapexByYear.GetValueOrDefault(y) ?? new CapexSplit(0, 0, 0, 0, 0);
            return new PlanYear(y, c.Total, c.Budgeted, c.Fibre, c.Radio, c.Leased, c.Wlan, c.Bridging, capacities.BudgetFor(y),
                schedule.OpexByYear.GetValueOrDefault(y)?.Total ?? 0);
        }).ToArray();
    }

    private static SortedDictionary<string, double> Sorted(IEnumerable<(string Key, double Value)> shares)
    {
        var sorted = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var (key, value) in shares)
        {
            sorted[key] = value;
        }

        return sorted;
    }
}
