using System.Text.Json;
using Infra.Core.Codes;
using Infra.Core.Plans;
using Infra.Data.Entities;

namespace Infra.Data.Plans;

/// <summary>
/// The plan contract to rows of the plan tables. Codes stay codes (technology, reason, trench kind, line of sight);
/// figures of reasons, alternatives, group shares and the summary go into JSON columns written with <see cref="PlanJson"/>.
/// </summary>
internal static class PlanRows
{
    public static PlanVersionEntity Version(PlanExport plan, PlanSaveOptions options, DateTimeOffset createdAt)
    {
        var s = plan.Summary;
        return new PlanVersionEntity(0, s.Scenario, options.ScenarioYaml, createdAt.ToUniversalTime(), options.BasedOnVersion,
            options.ReplanFrom, s.Totals.NpvEur, s.Totals.CapexEur, Finite(s.Solver.ObjectiveEur), Finite(s.Solver.BestBoundEur),
            Finite(s.Solver.Gap), s.Solver.Status, s.Deadline, plan.Sites.Count, JsonSerializer.Serialize(s, PlanJson.Options), options.JobRunId,
            s.Totals.TrenchCapexEur, options.Label, options.PlanningStart);
    }

    public static PlanSiteEntity[] Sites(long version, PlanExport plan) => plan.Sites.Select(s => new PlanSiteEntity(version, s.Id, s.Name,
            s.Kind, s.District, EnumCodes.Of(s.Technology),
            s.HubId, s.DemandMbps, s.CapexEur, s.OpexEurPerYear, s.NpvEur, s.LiveQuarter, s.LiveDate, s.WlanQuarter, s.WlanAps, s.BridgedFrom,
            s.MissesDeadline, EnumCodes.Of(s.Reason.Code), JsonSerializer.Serialize(s.Alternatives, PlanJson.Options), s.Location, s.TrenchM,
            JsonSerializer.Serialize(s.Reason, PlanJson.Options), s.ScheduleNote, s.Synthetic))
        .ToArray();

    public static PlanTrenchEntity[] Trenches(long version, PlanExport plan) => plan.Trenches.Select(t => new PlanTrenchEntity(version, t.Id,
            t.EdgeIndex, EnumCodes.Of(t.Kind), t.LengthM, t.TrenchM, t.CapexEur, t.SitesServed, t.DugQuarter, t.DugDate, string.Join(';', t.SourceIds),
            t.Geometry))
        .ToArray();

    public static PlanLinkEntity[] Links(long version, PlanExport plan) => plan.Links
        .Select(l => new PlanLinkEntity(version, l.SiteId, l.HubId, l.DistanceM, EnumCodes.Of(l.LineOfSight), l.Geometry))
        .ToArray();

    public static PlanQuarterEntity[] Quarters(long version, PlanExport plan) => plan.Quarters
        .Select(q => new PlanQuarterEntity(version, q.Quarter, q.LastDay, q.ConnectedShare, q.WlanShare, q.SitesAtRisk, q.TrenchM,
            Shares(q.ByKind), Shares(q.ByDistrict), Shares(q.ByTechnology)))
        .ToArray();

    public static PlanYearEntity[] Years(long version, PlanExport plan) => plan.Years
        .Select(y => new PlanYearEntity(version, y.Year, y.CapexBudgetedEur, y.BudgetEur, y.OpexEur, y.CapexFibreEur, y.CapexRadioEur,
            y.CapexLeasedEur, y.CapexWlanEur, y.CapexBridgingEur))
        .ToArray();

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;

    private static string Shares(IReadOnlyDictionary<string, double> shares) =>
        JsonSerializer.Serialize(new SortedDictionary<string, double>(shares.ToDictionary(), StringComparer.Ordinal), PlanJson.Options);
}
