using Infra.Planning.Pipeline;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Infra.Core.Sites;
using Infra.Data.Plans;
using Infra.Geo.GeoJson;
using Infra.Planning.Plans;
using Infra.Planning.Schedule;

namespace Infra.Cli.Output;

/// <summary>
/// Writes a plan as files GIS staff and the project group open: sites.geojson, trenches.geojson, links.geojson
/// (WGS84 by default, EPSG:25832 on request), plan.csv (one row per site, invariant numbers) and summary.json.
/// </summary>
internal static class PlanFiles
{
    public static readonly IReadOnlyList<string> Names = ["sites.geojson", "trenches.geojson", "links.geojson", "plan.csv", "summary.json", "schedule.csv"];

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(PlanOutcome outcome, string folder, int srid, IReadOnlyList<string> summaryLines)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var plan = outcome.Plan;
        var schedule = outcome.Schedule;
        var dug = schedule.Edges.ToDictionary(e => e.EdgeIndex, e => e.Dug);
        Directory.CreateDirectory(folder);
        GeoJsonWriter.Write(Path.Combine(folder, Names[0]), plan.Sites.Select((s, i) => SiteFeature(s, schedule.Sites[i])), srid);
        GeoJsonWriter.Write(Path.Combine(folder, Names[1]), plan.Trenches.Select(t => TrenchFeature(t, dug.TryGetValue(t.EdgeIndex, out var q) ? q : null)), srid);
        GeoJsonWriter.Write(Path.Combine(folder, Names[2]), plan.Links.Select(LinkFeature), srid);
        File.WriteAllText(Path.Combine(folder, Names[3]), Csv(plan, schedule), new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(folder, Names[4]), JsonSerializer.Serialize(Summary(outcome, summaryLines), Json) + "\n", new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(folder, Names[5]), ScheduleReport.Csv(schedule), new UTF8Encoding(false));
    }

    /// <summary>Technology code in files: fibre, radio, leased, keep (current uplink stays) or none (unserved).</summary>
    public static string Code(PlannedSite s) => Planning.Tracking.TechnologyCodes.Of(s);

    private static double? Alt(PlannedSite s, Technology t) => s.Alternatives.FirstOrDefault(a => a.Technology == t)?.NpvEuro is { } v ? Math.Round(v) : null;

    private static GeoJsonFeatureOut SiteFeature(PlannedSite s, SiteSchedule q) => new(s.Site.Id.Value, s.Site.Location,
    [
        new("id", s.Site.Id.Value),
        new("name", s.Site.Name),
        new("kind", s.Site.Kind.ToCode()),
        new("district", s.Site.District),
        new("demand_mbps", s.DemandMbps),
        new("technology", Code(s)),
        new("technologie", GermanTerms.Technology(s.Technology)),
        new("hub_id", s.HubId),
        new("capex_eur", Math.Round(s.CapexEuro)),
        new("opex_eur_per_year", Math.Round(s.OpexPerYearEuro)),
        new("npv_eur", Math.Round(s.NpvEuro)),
        new("trench_m", Math.Round(s.TrenchMetresShare, 1)),
        new("alt_fibre_npv_eur", Alt(s, Technology.Fibre)),
        new("alt_radio_npv_eur", Alt(s, Technology.Radio)),
        new("alt_leased_npv_eur", Alt(s, Technology.Leased)),
        new("live_quarter", q.Live?.ToString()),
        new("wlan_aps", q.WlanAps),
        new("wlan_quarter", q.WlanInstalled?.ToString()),
        new("bridged_from", q.BridgedFrom?.ToString()),
        new("misses_deadline", q.MissesDeadline),
        new("begruendung", s.Reason),
        new("synthetic", s.Site.Synthetic),
    ]);

    private static GeoJsonFeatureOut TrenchFeature(PlannedTrench t, Quarter? dug) => new(PlanStore.TrenchIdOf(t.EdgeIndex), t.Geometry,
    [
        new("edge", t.EdgeIndex),
        new("art", t.Kind),
        new("length_m", Math.Round(t.LengthM, 1)),
        new("trench_m", Math.Round(t.TrenchMetres, 1)),
        new("capex_eur", Math.Round(t.CapexEuro)),
        new("sites_served", t.SitesServed),
        new("quarter", dug?.ToString()),
        new("source_ids", string.Join(";", t.SourceIds)),
    ]);

    private static GeoJsonFeatureOut LinkFeature(PlannedLink l) => new($"{l.SiteId}->{l.HubId}", l.Geometry,
    [
        new("site_id", l.SiteId),
        new("hub_id", l.HubId),
        new("distance_m", Math.Round(l.DistanceM)),
        new("line_of_sight", l.LineOfSight switch
        {
            Planning.Instance.LineOfSight.Clear => "clear",
            Planning.Instance.LineOfSight.NotVerified => "not_verified",
            _ => "blocked",
        }),
    ]);

    private static string Csv(Plan plan, Schedule schedule)
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append("id,name,kind,district,demand_mbps,technology,hub_id,trench_m,capex_eur,opex_eur_per_year,npv_eur,alt_fibre_npv_eur,alt_radio_npv_eur,alt_leased_npv_eur,live_quarter,bridged_from,misses_deadline,reason\n");
        for (var i = 0; i < plan.Sites.Count; i++)
        {
            var s = plan.Sites[i];
            var q = schedule.Sites[i];
            string N(double? v) => v is { } x ? x.ToString("0.##", inv) : "";
            sb.AppendJoin(',',
                Quote(s.Site.Id.Value), Quote(s.Site.Name), Quote(s.Site.Kind.ToCode()), Quote(s.Site.District), s.DemandMbps.ToString(inv),
                Code(s), Quote(s.HubId ?? ""), N(Math.Round(s.TrenchMetresShare, 1)), N(Math.Round(s.CapexEuro)), N(Math.Round(s.OpexPerYearEuro)),
                N(Math.Round(s.NpvEuro)), N(Alt(s, Technology.Fibre)), N(Alt(s, Technology.Radio)), N(Alt(s, Technology.Leased)),
                q.Live?.ToString() ?? "", q.BridgedFrom?.ToString() ?? "", q.MissesDeadline ? "true" : "false", Quote(s.Reason));
            sb.Append('\n');
        }

        return sb.ToString();
    }

    private static string Quote(string text) =>
        text.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    private static object Summary(PlanOutcome outcome, IReadOnlyList<string> lines)
    {
        var plan = outcome.Plan;
        var schedule = outcome.Schedule;
        return new
        {
        scenario = plan.ScenarioName,
        verdicts = plan.Verdicts.Select(v => new { code = v.Code, severity = v.Severity.ToString().ToLowerInvariant(), text = v.Text, figures = v.Figures }).ToArray(),
        zusammenfassung = lines,
        totals = new
        {
            npv_eur = Math.Round(plan.Totals.NpvEuro),
            capex_eur = Math.Round(plan.Totals.CapexEuro),
            opex_eur_per_year = Math.Round(plan.Totals.OpexPerYearEuro),
            trench_m = Math.Round(plan.Totals.TrenchMetres),
            trench_capex_eur = Math.Round(plan.Totals.TrenchCapexEuro),
            taps = plan.Totals.Taps,
            sites_planned = plan.Totals.SitesPlanned,
            sites_keeping_uplink = plan.Totals.SitesKeepingUplink,
            sites_unserved = plan.Totals.SitesUnserved,
            sites_by_technology = plan.Totals.SitesByTechnology.ToDictionary(p => p.Key.ToString().ToLowerInvariant(), p => p.Value),
            radio_links = plan.Links.Count,
        },
        solver = new
        {
            objective_eur = Math.Round(plan.Solver.Objective),
            best_bound_eur = Math.Round(plan.Solver.BestBound),
            gap = Math.Round(plan.Solver.Gap, 6),
            bound_valid_for = plan.Solver.BoundLabel,
            status = plan.Solver.Status,
            method = plan.Solver.Method,
            wall_seconds = Math.Round(plan.Solver.WallSeconds, 2),
            nodes = plan.Solver.Nodes,
            cut_rounds = plan.Solver.CutRounds,
            cuts = plan.Solver.Cuts,
            greedy_objective_eur = Math.Round(plan.Solver.GreedyObjective),
            greedy_seconds = Math.Round(plan.Solver.GreedySeconds, 2),
            plan_to_greedy = plan.Solver.GreedyObjective == 0 ? 1 : Math.Round(plan.Solver.Objective / plan.Solver.GreedyObjective, 4),
            graph_nodes = plan.Solver.GraphNodes,
            graph_edges = plan.Solver.GraphEdges,
            radio_candidates = plan.Solver.RadioCandidates,
        },
        unserved = plan.Sites.Where(s => s.Technology is null && !s.KeepsCurrentUplink)
            .Select(s => new
            {
                id = s.Site.Id.Value,
                name = s.Site.Name,
                reason = s.Reason,
                code = s.Unserved?.Code,
                blocks = s.Unserved?.Blocks.Select(b => new
                {
                    technology = b.Technology.ToString().ToLowerInvariant(), code = b.Code, needed = Math.Round(b.Needed, 2), available = Math.Round(b.Available, 2),
                }).ToArray(),
            }).ToArray(),
        schedule = new
        {
            start = schedule.Start.ToString(),
            deadline = schedule.Deadline.ToString(),
            method = schedule.Figures.Method,
            objective_points = schedule.Figures.Objective,
            best_bound_points = schedule.Figures.BestBound,
            gap = Math.Round(schedule.Figures.Gap, 5),
            baseline_objective_points = schedule.Figures.BaselineObjective,
            seconds = Math.Round(schedule.Figures.Seconds, 2),
            deadline_holds = schedule.DeadlineMisses.All(m => m.Bridged),
            bridged_sites = schedule.DeadlineMisses.Count(m => m.Bridged),
            missed_sites = schedule.DeadlineMisses.Where(m => !m.Bridged).Select(m => new
            {
                id = outcome.Instance.Sites[m.SiteIndex].Site.Id.Value,
                planned_live = m.PlannedLive?.ToString(),
                reason = m.Reason,
            }).ToArray(),
            extra_capacity_needed = schedule.ExtraCapacity is { } x ? new
            {
                trench_metres_per_quarter = x.TrenchMetresPerQuarter,
                budget_eur_per_year = x.BudgetEuroPerYear,
            } : null,
            capex_by_year = schedule.CapexByYear.OrderBy(y => y.Key).ToDictionary(
                y => y.Key.ToString(CultureInfo.InvariantCulture),
                y => new { total = Math.Round(y.Value.Total), fibre = Math.Round(y.Value.Fibre), radio = Math.Round(y.Value.Radio), leased = Math.Round(y.Value.Leased), wlan = Math.Round(y.Value.Wlan), bridging = Math.Round(y.Value.Bridging) }),
            opex_by_year = schedule.OpexByYear.OrderBy(y => y.Key).ToDictionary(y => y.Key.ToString(CultureInfo.InvariantCulture), y => Math.Round(y.Value.Total)),
            quarters = schedule.Quarters.Select(q => new
            {
                quarter = q.Quarter.ToString(),
                connected_share = Math.Round(q.ConnectedShare, 4),
                by_kind = q.ConnectedByKind.OrderBy(k => k.Key).ToDictionary(k => k.Key.ToCode(), k => Math.Round(k.Value, 4)),
                by_district = q.ConnectedByDistrict.OrderBy(k => k.Key, StringComparer.Ordinal).ToDictionary(k => k.Key, k => Math.Round(k.Value, 4)),
                by_technology = q.ConnectedByTechnology.OrderBy(k => k.Key, StringComparer.Ordinal).ToDictionary(k => k.Key, k => Math.Round(k.Value, 4)),
                wlan_share = Math.Round(q.WlanShare, 4),
                sites_at_risk = q.SitesAtRisk,
                trench_m = Math.Round(q.TrenchMetres),
            }).ToArray(),
        },
        };
    }
}
