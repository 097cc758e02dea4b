using System.Text.Json;
using Infra.Core.Codes;
using Infra.Core.Plans;
using Infra.Data.Entities;

namespace Infra.Data.Plans;

/// <summary>
/// Plan rows stored before schema 006 (the plan contract): summary JSON with older field names, alternatives with a
/// German note, German trench kinds, reasons as German text. Read so that older versions still show; what they never
/// stored (verdicts, reason figures, CAPEX by kind) reads as empty or zero.
/// </summary>
internal static class LegacyPlanRows
{
    public static bool IsContract(string summaryJson)
    {
        using var doc = JsonDocument.Parse(summaryJson);
        return doc.RootElement.TryGetProperty("verdicts", out _);
    }

    public static bool IsContractAlternatives(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.ValueKind != JsonValueKind.Array || doc.RootElement.GetArrayLength() == 0
            || doc.RootElement[0].TryGetProperty("npv_eur", out _);
    }

    public static PlanSummary Summary(PlanVersionEntity e)
    {
        using var doc = JsonDocument.Parse(e.SummaryJson);
        var root = doc.RootElement;
        var totals = Object(root, "totals");
        var solver = Object(root, "solver");
        var schedule = Object(root, "schedule");
        var byTech = Object(totals, "sites_by_technology");
        var missed = (int)Number(schedule, "missed_sites");
        return new PlanSummary(e.ScenarioName, e.Deadline, [],
            new PlanTotals(e.NpvEuro, e.CapexEuro, Number(totals, "opex_per_year_euro"), Number(totals, "trench_metres"), e.TrenchCapexEuro ?? 0,
                0, e.Sites, (int)Number(totals, "sites_planned"), (int)Number(totals, "sites_keeping_uplink"), (int)Number(totals, "sites_unserved"),
                new TechnologyCounts((int)Number(byTech, "fibre"), (int)Number(byTech, "radio"), (int)Number(byTech, "leased"),
                    (int)Number(totals, "sites_keeping_uplink"), (int)Number(totals, "sites_unserved")),
                (int)Number(totals, "radio_links")),
            new SolverFigures(e.Objective ?? double.NaN, e.BestBound ?? double.NaN, e.Gap ?? double.NaN, Text(solver, "bound_valid_for"), e.Status,
                Text(solver, "method"), Number(solver, "wall_seconds"), 0, 0, 0, Number(solver, "greedy_objective", double.NaN), 0, 0, 0, 0),
            new ScheduleSummary(Text(schedule, "start"), Text(schedule, "deadline"), Text(schedule, "method"), double.NaN, double.NaN,
                Number(schedule, "gap", double.NaN), double.NaN, 0, missed == 0, (int)Number(schedule, "bridged_sites"), missed, null));
    }

    /// <summary>A reason from the decision alone (the German text of older rows is not parsed back).</summary>
    public static PlanReason Reason(PlanTechnology technology) => new(technology switch
    {
        PlanTechnology.Keep => ReasonCode.KeepsUplink,
        PlanTechnology.None => ReasonCode.Unservable,
        _ => ReasonCode.Chosen,
    }, []);

    public static TrenchKind TrenchKind(string label) => label switch
    {
        "Tiefbau" => Core.Plans.TrenchKind.Trench,
        "Leerrohr" => Core.Plans.TrenchKind.Duct,
        "LWL-Bestand" => Core.Plans.TrenchKind.ExistingLwl,
        "Hausanschluss" => Core.Plans.TrenchKind.Drop,
        _ => Core.Plans.TrenchKind.Fallback,
    };

    public static PlanAlternative[] Alternatives(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.EnumerateArray().Select(a =>
        {
            var technology = EnumCodes.Parse<PlanTechnology>(Text(a, "technology"));
            var note = technology switch
            {
                PlanTechnology.Radio => AlternativeNote.Hub,
                PlanTechnology.Leased => AlternativeNote.LeasedLine,
                _ => Text(a, "note").StartsWith("im Netz", StringComparison.Ordinal) ? AlternativeNote.InPlanNetwork : AlternativeNote.StandaloneFibre,
            };
            return new PlanAlternative(technology, Number(a, "npv_euro"), note);
        }).ToArray();
    }

    private static JsonElement Object(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) ? value : default;

    private static double Number(JsonElement parent, string name, double missing = 0) =>
        Object(parent, name) is { ValueKind: JsonValueKind.Number } value ? value.GetDouble() : missing;

    private static string Text(JsonElement parent, string name) =>
        Object(parent, name) is { ValueKind: JsonValueKind.String } value ? value.GetString()! : "";
}
