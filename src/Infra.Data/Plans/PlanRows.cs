using System.Text.Json;
using Infra.Core.Sites;
using Infra.Data.Entities;
using Infra.Data.Naming;
using Infra.Planning.Instance;
using Infra.Planning.Pipeline;
using Infra.Planning.Plans;
using Infra.Planning.Schedule;
using Infra.Planning.Tracking;
using NetTopologySuite.Geometries;

namespace Infra.Data.Plans;

/// <summary>A plan outcome to rows of the plan tables and rows back to the stored records.</summary>
internal static class PlanRows
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static PlanVersionEntity Version(PlanOutcome outcome, PlanSaveOptions options, DateTimeOffset createdAt)
    {
        var plan = outcome.Plan;
        return new PlanVersionEntity(0, plan.ScenarioName, options.ScenarioYaml, createdAt.ToUniversalTime(), options.BasedOnVersion,
            options.ReplanFrom, plan.Totals.NpvEuro, plan.Totals.CapexEuro, Finite(plan.Solver.Objective), Finite(plan.Solver.BestBound),
            Finite(plan.Solver.Gap), plan.Solver.Status, outcome.Instance.Scenario.Deadline, plan.Sites.Count, Summary(outcome), options.JobRunId,
            options.Label, outcome.Instance.Scenario.PlanningStart);
    }

    public static PlanSiteEntity[] Sites(long version, PlanOutcome outcome)
    {
        var schedules = outcome.Schedule.Sites.ToDictionary(s => s.SiteIndex);
        return outcome.Plan.Sites.Select((s, i) =>
        {
            var q = schedules.GetValueOrDefault(i);
            var alternatives = s.Alternatives.Select(a => new AlternativeRow(EnumNames<Technology>.ToName(a.Technology), a.NpvEuro, a.Note));
            return new PlanSiteEntity(version, s.Site.Id.Value, s.Site.Name, s.Site.Kind, s.Site.District, TechnologyCodes.Of(s), s.HubId,
                s.DemandMbps, s.CapexEuro, s.OpexPerYearEuro, s.NpvEuro, q?.Live?.ToString(), q?.Live?.LastDay, q?.WlanInstalled?.ToString(),
                q?.WlanAps ?? 0, q?.BridgedFrom?.ToString(), q?.MissesDeadline ?? false, s.Reason,
                JsonSerializer.Serialize(alternatives, Json), s.Site.Location);
        }).ToArray();
    }

    public static PlanTrenchEntity[] Trenches(long version, PlanOutcome outcome)
    {
        var dug = outcome.Schedule.Edges.ToDictionary(e => e.EdgeIndex, e => e.Dug);
        return outcome.Plan.Trenches.Select(t =>
        {
            Quarter? q = dug.TryGetValue(t.EdgeIndex, out var d) ? d : null;
            return new PlanTrenchEntity(version, TrenchId(t.EdgeIndex), t.EdgeIndex, t.Kind, t.LengthM, t.TrenchMetres, t.CapexEuro,
                t.SitesServed, q?.ToString(), q?.LastDay, string.Join(';', t.SourceIds), t.Geometry);
        }).ToArray();
    }

    public static PlanLinkEntity[] Links(long version, PlanOutcome outcome) => outcome.Plan.Links
        .Select(l => new PlanLinkEntity(version, l.SiteId, l.HubId, l.DistanceM, EnumNames<LineOfSight>.ToName(l.LineOfSight), l.Geometry))
        .ToArray();

    public static PlanQuarterEntity[] Quarters(long version, PlanOutcome outcome) => outcome.Schedule.Quarters
        .Select(q => new PlanQuarterEntity(version, q.Quarter.ToString(), q.Quarter.LastDay, q.ConnectedShare, q.WlanShare, q.SitesAtRisk,
            q.TrenchMetres,
            Serialize(q.ConnectedByKind.Select(k => (k.Key.ToCode(), k.Value))),
            Serialize(q.ConnectedByDistrict.Select(k => (k.Key, k.Value))),
            Serialize(q.ConnectedByTechnology.Select(k => (TechnologyCodes.FromScheduleLabel(k.Key), k.Value)))))
        .ToArray();

    /// <summary>Every year with CAPEX or OPEX: budgeted CAPEX (bridging setup stays outside the budget, docs/schedule.md).</summary>
    public static PlanYearEntity[] Years(long version, PlanOutcome outcome)
    {
        var schedule = outcome.Schedule;
        var capacities = outcome.Instance.Scenario.Capacities;
        return schedule.CapexByYear.Keys.Union(schedule.OpexByYear.Keys).Order()
            .Select(y => new PlanYearEntity(version, y, schedule.CapexByYear.GetValueOrDefault(y)?.Budgeted ?? 0, capacities.BudgetFor(y),
                schedule.OpexByYear.GetValueOrDefault(y)?.Total ?? 0))
            .ToArray();
    }

    public static string TrenchId(int edgeIndex) => "edge-" + edgeIndex.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static PlanVersionInfo ToInfo(PlanVersionEntity e) => new(e.Version, e.ScenarioName, e.CreatedAt, e.BasedOnVersion, e.ReplanFrom,
        e.NpvEuro, e.CapexEuro, e.Objective ?? double.NaN, e.BestBound ?? double.NaN, e.Gap ?? double.NaN, e.Status, e.Deadline, e.Sites,
        e.SummaryJson, e.Label, e.PlanningStart);

    public static StoredPlanSite ToStored(PlanSiteEntity e) => new(e.SiteId, e.Name, e.Kind, e.District, e.Technology, e.HubId, e.DemandMbps,
        e.CapexEuro, e.OpexPerYearEuro, e.NpvEuro, e.LiveQuarter, e.PlannedLive, e.WlanQuarter, e.WlanAps, e.BridgedFrom, e.MissesDeadline,
        e.Reason,
        (JsonSerializer.Deserialize<AlternativeRow[]>(e.AlternativesJson, Json) ?? [])
            .Select(a => new Alternative(EnumNames<Technology>.Parse(a.Technology), a.NpvEuro, a.Note)).ToArray(),
        (Point)e.Geometry);

    public static StoredTrench ToStored(PlanTrenchEntity e) => new(e.TrenchId, e.Kind, e.LengthM, e.TrenchMetres, e.CapexEuro, e.SitesServed,
        e.DugQuarter, e.PlannedDone, (LineString)e.Geometry);

    public static StoredLink ToStored(PlanLinkEntity e) => new(e.SiteId, e.HubId, e.DistanceM, e.LineOfSight, (LineString)e.Geometry);

    public static StoredQuarter ToStored(PlanQuarterEntity e) => new(e.Quarter, e.LastDay, e.ConnectedShare, e.WlanShare, e.SitesAtRisk,
        Deserialize(e.ByKindJson), Deserialize(e.ByDistrictJson), Deserialize(e.ByTechnologyJson));

    public static StoredYear ToStored(PlanYearEntity e) => new(e.Year, e.CapexEuro, e.BudgetEuro, e.OpexEuro);

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;

    private static string Serialize(IEnumerable<(string Key, double Value)> shares)
    {
        var sorted = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var (key, value) in shares)
        {
            sorted[key] = value;
        }

        return JsonSerializer.Serialize(sorted, Json);
    }

    private static SortedDictionary<string, double> Deserialize(string json) =>
        new(JsonSerializer.Deserialize<Dictionary<string, double>>(json, Json) ?? [], StringComparer.Ordinal);

    /// <summary>Totals, solver and schedule figures as JSON for the version list (non-finite numbers as null).</summary>
    private static string Summary(PlanOutcome outcome)
    {
        var plan = outcome.Plan;
        var schedule = outcome.Schedule;
        return JsonSerializer.Serialize(new
        {
            plan.ScenarioName,
            Totals = new
            {
                plan.Totals.NpvEuro,
                plan.Totals.CapexEuro,
                plan.Totals.OpexPerYearEuro,
                plan.Totals.TrenchMetres,
                plan.Totals.SitesPlanned,
                plan.Totals.SitesKeepingUplink,
                plan.Totals.SitesUnserved,
                SitesByTechnology = plan.Totals.SitesByTechnology.OrderBy(p => p.Key).ToDictionary(p => EnumNames<Technology>.ToName(p.Key), p => p.Value),
                RadioLinks = plan.Links.Count,
            },
            Solver = new
            {
                Objective = Finite(plan.Solver.Objective),
                BestBound = Finite(plan.Solver.BestBound),
                Gap = Finite(plan.Solver.Gap),
                BoundValidFor = plan.Solver.BoundLabel,
                plan.Solver.Status,
                plan.Solver.Method,
                plan.Solver.WallSeconds,
                GreedyObjective = Finite(plan.Solver.GreedyObjective),
            },
            Schedule = new
            {
                Start = schedule.Start.ToString(),
                Deadline = schedule.Deadline.ToString(),
                schedule.Figures.Method,
                Gap = Finite(schedule.Figures.Gap),
                BridgedSites = schedule.DeadlineMisses.Count(m => m.Bridged),
                MissedSites = schedule.DeadlineMisses.Count(m => !m.Bridged),
            },
        }, Json);
    }

    private sealed record AlternativeRow(string Technology, double NpvEuro, string Note);
}
