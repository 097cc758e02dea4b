using Infra.Data.Plans;
using Infra.Planning.Tracking;

namespace Infra.Web.Endpoints.Plans;

/// <summary>A plan version as the dashboard reads it.</summary>
public sealed record PlanDto(long Version, string Scenario, DateTimeOffset CreatedAt, long? BasedOnVersion, DateOnly? ReplanFrom, double NpvEuro,
    double CapexEuro, double Objective, double BestBound, double Gap, string Status, DateOnly Deadline, int Sites)
{
    public static PlanDto From(PlanVersionInfo p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new PlanDto(p.Version, p.ScenarioName, p.CreatedAt, p.BasedOnVersion, p.ReplanFrom, p.NpvEuro, p.CapexEuro, p.Objective,
            p.BestBound, p.Gap, p.Status, p.Deadline, p.Sites);
    }
}

/// <summary>One group of a KPI breakdown (by kind, district or technology).</summary>
public sealed record GroupDto(string Key, string Label, int Connected, int Total, double Share, double PlannedShare);

/// <summary>GET /api/kpis/current.</summary>
public sealed record KpiDto(DateOnly AsOf, long PlanVersion, string Scenario, int Sites, int Connected, double ConnectedShare, double WlanShare,
    double PlannedShare, int SitesAtRisk, IReadOnlyList<GroupDto> ByKind, IReadOnlyList<GroupDto> ByDistrict, IReadOnlyList<GroupDto> ByTechnology)
{
    public static KpiDto From(KpiFigures k, PlanVersionInfo plan)
    {
        ArgumentNullException.ThrowIfNull(k);
        ArgumentNullException.ThrowIfNull(plan);
        return new KpiDto(k.AsOf, plan.Version, plan.ScenarioName, k.Sites, k.Connected, k.ConnectedShare, k.WlanShare, k.PlannedShare, k.SitesAtRisk,
            Groups(k.ByKind, key => key), Groups(k.ByDistrict, key => key), Groups(k.ByTechnology, Labels.Technology));
    }

    private static GroupDto[] Groups(IReadOnlyDictionary<string, GroupShare> groups, Func<string, string> label) =>
        groups.OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new GroupDto(g.Key, label(g.Key), g.Value.Connected, g.Value.Total, g.Value.Share, g.Value.PlannedShare)).ToArray();
}

/// <summary>GET /api/compare: one plan's comparison figures.</summary>
public sealed record CompareDto(long Version, string Scenario, double NpvEuro, IReadOnlyDictionary<string, double> CapexByYear,
    IReadOnlyDictionary<string, double> ShareByTechnology, double ConnectedAtDeadline, int Bridged, double Gap);
