using Infra.Core.Codes;
using Infra.Core.Language;
using Infra.Core.Plans;
using Infra.Core.Tracking;

namespace Infra.Web.Endpoints.Plans.Views;

/// <summary>GET /api/kpis/current: today's connected share of the newest plan, overall and by kind, district, technology.</summary>
[SnakeCaseJson]
public sealed record KpiView(DateOnly AsOf, long PlanVersion, string Scenario, int Sites, int Connected, double ConnectedShare, double WlanShare,
    double PlannedShare, int SitesAtRisk, IReadOnlyList<GroupView> ByKind, IReadOnlyList<GroupView> ByDistrict, IReadOnlyList<GroupView> ByTechnology)
{
    public static KpiView From(KpiFigures k, PlanVersion plan)
    {
        ArgumentNullException.ThrowIfNull(k);
        ArgumentNullException.ThrowIfNull(plan);
        var technologyOrder = Enum.GetValues<PlanTechnology>().Select(EnumCodes.Of).ToList();
        return new KpiView(k.AsOf, plan.Version, plan.Scenario, k.Sites, k.Connected, k.ConnectedShare, k.WlanShare, k.PlannedShare, k.SitesAtRisk,
            Groups(k.ByKind, DomainNames.SiteKind).OrderBy(g => g.Label, GermanCollation.Instance).ToArray(),
            Groups(k.ByDistrict, null).OrderBy(g => g.Label, GermanCollation.Instance).ToArray(),
            Groups(k.ByTechnology, DomainNames.Technology).OrderBy(g => technologyOrder.IndexOf(g.Key)).ToArray());
    }

    private static IEnumerable<GroupView> Groups(IReadOnlyDictionary<string, GroupShare> groups, string? domain) =>
        groups.Select(g => new GroupView(g.Key, domain is null ? g.Key : Glossary.Label(domain, g.Key), g.Value.Connected, g.Value.Total,
            g.Value.Share, g.Value.PlannedShare));
}
