using Infra.Core.Plans;
using Infra.Core.Sites;
using Infra.Planning.Instance;

namespace Infra.Planning.Replan;

/// <summary>
/// What a schedule says at the deadline: sites whose own (planned or kept) uplink is live by the deadline quarter,
/// sites bridged by an interim leased line until their own uplink, and sites missing it (neither). Unserved sites
/// (no technology in the design) are missed and counted apart as well: no capacity fixes them.
/// </summary>
/// <param name="Sites">Sites in scope.</param>
/// <param name="Connected">Own uplink live by the deadline quarter (sites keeping theirs included).</param>
/// <param name="Bridged">Connected only through an interim leased line.</param>
/// <param name="Missed">Neither connected nor bridged (unserved included).</param>
/// <param name="Unserved">Of the missed: sites without any technology.</param>
/// <param name="Late">Every bridged or missed site with its reason, ordered by site id.</param>
public sealed record DeadlineForecast(int Sites, int Connected, int Bridged, int Missed, int Unserved, IReadOnlyList<LateSite> Late)
{
    /// <summary>Every site that can be served has its own uplink by the deadline.</summary>
    public bool HoldsForAll => Bridged == 0 && Missed == Unserved;

    /// <summary>The forecast of <paramref name="schedule"/> of <paramref name="design"/> for the sites of <paramref name="instance"/>.</summary>
    public static DeadlineForecast Of(PlanningInstance instance, NetworkDesign design, Schedule.Schedule schedule)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(schedule);
        var misses = schedule.DeadlineMisses.ToDictionary(m => m.SiteIndex);
        var late = new List<LateSite>();
        var unserved = 0;
        foreach (var site in schedule.Sites)
        {
            if (!misses.TryGetValue(site.SiteIndex, out var miss))
            {
                continue;
            }

            var spec = instance.Sites[site.SiteIndex];
            var technology = Code(site.SiteIndex < design.Technology.Length ? design.Technology[site.SiteIndex] : null, spec.KeepsCurrentUplink);
            unserved += technology == PlanTechnology.None ? 1 : 0;
            late.Add(new LateSite(spec.Site.Id.Value, technology, site.Live, miss.Bridged, miss.Reason));
        }

        late.Sort((a, b) => string.CompareOrdinal(a.SiteId, b.SiteId));
        var bridged = late.Count(l => l.Bridged);
        return new DeadlineForecast(schedule.Sites.Count, schedule.Sites.Count - late.Count, bridged, late.Count - bridged, unserved, late);
    }

    private static PlanTechnology Code(Technology? technology, bool keeps) => technology switch
    {
        Technology.Fibre => PlanTechnology.Fibre,
        Technology.Radio => PlanTechnology.Radio,
        Technology.Leased => PlanTechnology.Leased,
        _ => keeps ? PlanTechnology.Keep : PlanTechnology.None,
    };
}
