using Infra.Core.Network;
using Infra.Core.Plans;
using Infra.Core.Progress;
using Infra.Core.Sites;
using Infra.Data.Plans;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace Infra.Jobs.Jobs;

/// <summary>
/// Fixes what a re-plan from a date must keep (rolling horizon, no I/O): sites live or under construction on that
/// date keep their planned technology (pinned), and trenches fully dug by then become free ducts along their streets,
/// i.e. existing network without trench cost.
/// </summary>
internal static class ReplanInputs
{
    /// <summary>How close a street's ends must lie to a dug trench to count as covered by it (metres).</summary>
    private const double CoverToleranceM = 1.0;

    public sealed record Result(GeoInventory Inventory, int PinnedSites, int DugTrenches, int DuctedStreets);

    public static Result Apply(
        GeoInventory inventory,
        IReadOnlyList<PlanSite> plannedSites,
        IReadOnlyList<PlanTrench> trenches,
        IReadOnlyList<SiteMilestone> milestones,
        IReadOnlyList<TrenchProgress> trenchProgress,
        DateOnly from)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        var started = milestones
            .Where(m => m.Milestone >= Milestone.Tiefbau && m.Status != MilestoneStatus.Offen && (m.ActualDate ?? from) <= from)
            .Select(m => m.SiteId)
            .ToHashSet(StringComparer.Ordinal);
        var pins = plannedSites.Where(s => started.Contains(s.Id))
            .Select(s => (SiteId: s.Id, Technology: TechnologyOf(s.Technology)))
            .Where(p => p.Technology is not null)
            .ToDictionary(p => p.SiteId, p => p.Technology!.Value, StringComparer.Ordinal);
        var sites = inventory.Sites
            .Select(s => pins.TryGetValue(s.Id.Value, out var t) ? s with { PinnedTechnology = t, ExcludedTechnologies = new HashSet<Technology>() } : s)
            .ToList();

        var built = trenchProgress.Where(p => p.ReportedOn <= from)
            .GroupBy(p => p.TrenchId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MaxBy(p => p.ReportedOn)!.MetresBuilt, StringComparer.Ordinal);
        var dug = trenches.Where(t => t.TrenchM > 0 && built.GetValueOrDefault(t.Id) >= t.TrenchM * 0.99).ToList();
        var index = new STRtree<LineString>();
        foreach (var t in dug)
        {
            var envelope = t.Geometry.EnvelopeInternal.Copy();
            envelope.ExpandBy(CoverToleranceM);
            index.Insert(envelope, t.Geometry);
        }

        var ducted = 0;
        var streets = inventory.Streets.Select(s =>
        {
            if (s.FreeDuct || dug.Count == 0 || !Covered(index, s.Geometry))
            {
                return s;
            }

            ducted++;
            return s with { FreeDuct = true };
        }).ToList();
        return new Result(inventory with { Sites = sites, Streets = streets }, pins.Count, dug.Count, ducted);
    }

    private static bool Covered(STRtree<LineString> index, LineString street)
    {
        var ends = new[] { street.StartPoint, street.EndPoint, street.InteriorPoint };
        return index.Query(street.EnvelopeInternal)
            .Any(trench => ends.All(p => trench.Distance(p) <= CoverToleranceM));
    }

    private static Technology? TechnologyOf(PlanTechnology decision) => decision switch
    {
        PlanTechnology.Fibre => Technology.Fibre,
        PlanTechnology.Radio => Technology.Radio,
        PlanTechnology.Leased => Technology.Leased,
        _ => null,
    };
}
