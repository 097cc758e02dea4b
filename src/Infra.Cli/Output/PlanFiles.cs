using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Infra.Core.Codes;
using Infra.Core.Language;
using Infra.Core.Plans;
using Infra.Core.Plans.Flat;
using Infra.Core.Sites;
using Infra.Geo.GeoJson;

namespace Infra.Cli.Output;

/// <summary>
/// Writes the plan contract as files GIS staff and the project group open: sites.geojson, trenches.geojson,
/// links.geojson (properties of <see cref="PlanProperties"/>; WGS84 by default, EPSG:25832 on request), plan.csv (one
/// row per site, a selection of the same properties, invariant numbers), schedule.csv (the planned curve) and
/// summary.json (the <see cref="PlanSummary"/> with the curve, the years and the lists of unserved and missed sites).
/// </summary>
internal static class PlanFiles
{
    public static readonly IReadOnlyList<string> Names = ["sites.geojson", "trenches.geojson", "links.geojson", "plan.csv", "summary.json", "schedule.csv"];

    /// <summary>The columns of plan.csv, by property name of <see cref="PlanProperties.Site"/>.</summary>
    private static readonly string[] PlanCsvColumns =
    [
        "id", "name", "kind", "district", "demand_mbps", "technology", "hub_id", "trench_m", "capex_eur", "opex_eur_per_year", "npv_eur",
        "alt_fibre_npv_eur", "alt_radio_npv_eur", "alt_leased_npv_eur", "live_quarter", "bridged_from", "misses_deadline", "reason",
    ];

    public static void Write(PlanExport plan, string folder, int srid, IReadOnlyList<string> summaryLines)
    {
        ArgumentNullException.ThrowIfNull(plan);
        Directory.CreateDirectory(folder);
        GeoJsonWriter.Write(Path.Combine(folder, Names[0]), plan.Sites.Select(s => new GeoJsonFeatureOut(s.Id, s.Location, PlanProperties.Site(s))), srid);
        GeoJsonWriter.Write(Path.Combine(folder, Names[1]), plan.Trenches.Select(t => new GeoJsonFeatureOut(t.Id, t.Geometry, PlanProperties.Trench(t))), srid);
        GeoJsonWriter.Write(Path.Combine(folder, Names[2]), plan.Links.Select(l => new GeoJsonFeatureOut(l.Id, l.Geometry, PlanProperties.Link(l))), srid);
        File.WriteAllText(Path.Combine(folder, Names[3]), PlanCsv(plan), new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(folder, Names[4]), Summary(plan, summaryLines).ToJsonString(PlanJson.Indented) + "\n", new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(folder, Names[5]), ScheduleCsv(plan.Quarters), new UTF8Encoding(false));
    }

    private static string PlanCsv(PlanExport plan)
    {
        var sb = new StringBuilder(string.Join(',', PlanCsvColumns)).Append('\n');
        foreach (var site in plan.Sites)
        {
            var properties = PlanProperties.Site(site).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
            sb.AppendJoin(',', PlanCsvColumns.Select(c => Cell(properties[c]))).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>One row per quarter: shares overall, by technology, by kind and by district, WLAN, sites at risk, trench metres.</summary>
    public static string ScheduleCsv(IReadOnlyList<PlanQuarter> quarters)
    {
        ArgumentNullException.ThrowIfNull(quarters);
        var inv = CultureInfo.InvariantCulture;
        var techs = Enum.GetValues<PlanTechnology>().Select(EnumCodes.Of).Where(c => quarters.Any(q => q.ByTechnology.ContainsKey(c))).ToArray();
        var kinds = Enum.GetValues<SiteKind>().Select(k => k.ToCode()).Where(c => quarters.Any(q => q.ByKind.ContainsKey(c))).ToArray();
        var districts = quarters.SelectMany(q => q.ByDistrict.Keys).Distinct().Order(StringComparer.Ordinal).ToArray();
        var sb = new StringBuilder("quarter,connected_share,wlan_share,sites_at_risk,trench_m");
        sb.AppendJoin("", techs.Select(t => ",tech_" + t)).AppendJoin("", kinds.Select(k => ",kind_" + k))
            .AppendJoin("", districts.Select(d => ",district_" + d.Replace(' ', '_'))).Append('\n');
        foreach (var q in quarters)
        {
            sb.Append(q.Quarter).Append(',').Append(q.ConnectedShare.ToString("0.####", inv)).Append(',')
                .Append(q.WlanShare.ToString("0.####", inv)).Append(',').Append(q.SitesAtRisk.ToString(inv)).Append(',')
                .Append(q.TrenchM.ToString("0.#", inv));
            sb.AppendJoin("", techs.Select(t => "," + q.ByTechnology.GetValueOrDefault(t).ToString("0.####", inv)))
                .AppendJoin("", kinds.Select(k => "," + q.ByKind.GetValueOrDefault(k).ToString("0.####", inv)))
                .AppendJoin("", districts.Select(d => "," + q.ByDistrict.GetValueOrDefault(d).ToString("0.####", inv)))
                .Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>The summary contract, with the console lines after the scenario and the lists people look for.</summary>
    private static JsonObject Summary(PlanExport plan, IReadOnlyList<string> lines)
    {
        var summary = JsonSerializer.SerializeToNode(plan.Summary, PlanJson.Options)!.AsObject();
        var result = new JsonObject();
        foreach (var (key, value) in summary.ToArray())
        {
            summary.Remove(key);
            result[key] = value;
            if (key == "scenario")
            {
                result["zusammenfassung"] = JsonSerializer.SerializeToNode(lines, PlanJson.Options);
            }
        }

        result["unserved"] = JsonSerializer.SerializeToNode(plan.Sites.Where(s => s.Technology == PlanTechnology.None)
            .Select(s => new UnservedSite(s.Id, s.Name, s.Reason.Code, PlanTexts.Reason(s))).ToArray(), PlanJson.Options);
        result["missed_sites"] = JsonSerializer.SerializeToNode(plan.Sites.Where(s => s.MissesDeadline)
            .Select(s => new MissedSite(s.Id, s.LiveQuarter, s.ScheduleNote)).ToArray(), PlanJson.Options);
        result["quarters"] = JsonSerializer.SerializeToNode(plan.Quarters, PlanJson.Options);
        result["years"] = JsonSerializer.SerializeToNode(plan.Years, PlanJson.Options);
        return result;
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        string text => text.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text,
        bool b => b ? "true" : "false",
        double d => d.ToString("0.##", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    [SnakeCaseJson]
    private sealed record UnservedSite(string Id, string Name, ReasonCode ReasonCode, string Reason);

    [SnakeCaseJson]
    private sealed record MissedSite(string Id, string? PlannedLive, string? Reason);
}
