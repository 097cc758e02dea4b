using System.Text.Json;
using Infra.Core.Codes;
using Infra.Core.Network;
using Infra.Core.Plans;
using Infra.Core.Sites;
using Infra.Data.Entities;
using NetTopologySuite.Geometries;

namespace Infra.Data.Plans;

/// <summary>
/// Rows of the plan tables back to the plan contract. Rows stored before schema 006 (German reasons and trench kinds,
/// the older summary and alternatives JSON) are read through <see cref="LegacyPlanRows"/>, as well as they allow.
/// </summary>
internal static class PlanRowReader
{
    public static PlanVersion Version(PlanVersionEntity e) => new(e.Version, e.ScenarioName, e.CreatedAt, e.BasedOnVersion, e.ReplanFrom,
        LegacyPlanRows.IsContract(e.SummaryJson)
            ? JsonSerializer.Deserialize<PlanSummary>(e.SummaryJson, PlanJson.Options)! with { Deadline = e.Deadline }
            : LegacyPlanRows.Summary(e),
        e.Label, e.PlanningStart);

    public static PlanSite Site(PlanSiteEntity e)
    {
        var technology = EnumCodes.Parse<PlanTechnology>(e.Technology);
        var reason = e.ReasonJson is { } json
            ? JsonSerializer.Deserialize<PlanReason>(json, PlanJson.Options)!
            : LegacyPlanRows.Reason(technology);
        return new PlanSite(e.SiteId, e.Name, e.Kind, e.District, e.DemandMbps, technology, e.HubId, e.TrenchM, e.CapexEuro,
            e.OpexPerYearEuro, e.NpvEuro, Alternatives(e.AlternativesJson), reason, e.LiveQuarter, e.PlannedLive, e.WlanAps, e.WlanQuarter,
            e.BridgedFrom, e.MissesDeadline, e.ScheduleNote, e.Synthetic, (Point)e.Geometry);
    }

    public static PlanTrench Trench(PlanTrenchEntity e) => new(e.TrenchId, e.EdgeIndex,
        EnumCodes.TryParse(e.Kind, out TrenchKind kind) ? kind : LegacyPlanRows.TrenchKind(e.Kind), e.LengthM, e.TrenchMetres, e.CapexEuro,
        e.SitesServed, e.DugQuarter, e.PlannedDone, e.SourceIds.Split(';', StringSplitOptions.RemoveEmptyEntries), (LineString)e.Geometry);

    public static PlanLink Link(PlanLinkEntity e) =>
        new(e.SiteId, e.HubId, e.DistanceM, EnumCodes.Parse<LineOfSight>(e.LineOfSight), (LineString)e.Geometry);

    public static PlanQuarter Quarter(PlanQuarterEntity e) => new(e.Quarter, e.LastDay, e.ConnectedShare, e.WlanShare, e.SitesAtRisk,
        e.TrenchMetres, Shares(e.ByKindJson), Shares(e.ByDistrictJson), Shares(e.ByTechnologyJson));

    public static PlanYear Year(PlanYearEntity e) => new(e.Year, e.CapexEuro + e.CapexBridgingEuro, e.CapexEuro, e.CapexFibreEuro,
        e.CapexRadioEuro, e.CapexLeasedEuro, e.CapexWlanEuro, e.CapexBridgingEuro, e.BudgetEuro, e.OpexEuro);

    private static PlanAlternative[] Alternatives(string json) =>
        LegacyPlanRows.IsContractAlternatives(json)
            ? JsonSerializer.Deserialize<PlanAlternative[]>(json, PlanJson.Options) ?? []
            : LegacyPlanRows.Alternatives(json);

    private static SortedDictionary<string, double> Shares(string json) =>
        new(JsonSerializer.Deserialize<Dictionary<string, double>>(json, PlanJson.Options) ?? [], StringComparer.Ordinal);
}
