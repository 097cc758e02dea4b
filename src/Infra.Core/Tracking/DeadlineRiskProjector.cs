using Infra.Core.Codes;
using Infra.Core.Plans;
using System.Globalization;
using Infra.Core.Progress;

namespace Infra.Core.Tracking;

/// <summary>A planned trench and its length to dig (metres of trench, not of cable).</summary>
public sealed record TrenchWork(string TrenchId, double TrenchMetres);

/// <summary>The build rate observed so far and the trench work left (inputs of the projection, shown in reasons).</summary>
public sealed record ObservedBuildRate(DateOnly WindowStart, double Weeks, double TrenchMetresBuilt, double TrenchMetresPerWeek,
    int SitesCommissioned, double SitesPerWeek, double RemainingTrenchMetres);

/// <summary>A site's projected go-live: null when no build rate has been observed yet.</summary>
public sealed record SiteProjection(string SiteId, DateOnly? PlannedLive, DateOnly? ProjectedLive, bool MissesDeadline, string Reason);

/// <summary>
/// Projects each unfinished site's live date from the work left and the build rate observed so far (no I/O).
/// <para>
/// Rate: the observation window runs from the first recorded progress (an actual milestone date or a trench report) to
/// <c>asOf</c>, at least one week. Trench rate = metres built (newest report per trench on or before <c>asOf</c>, capped at
/// the trench's length) per week; commissioning rate = sites whose Inbetriebnahme is done per week.
/// </para>
/// <para>
/// Queue: unfinished sites (not "keep", Inbetriebnahme not done) are taken in planned order (planned live date, then id).
/// Fibre sites whose Tiefbau is not done share the remaining trench metres equally, so the k-th of them needs
/// k × remaining / n metres dug first; the r-th unfinished site needs r commissionings. Weeks = the larger of
/// metres / trench rate and r / commissioning rate; projected = asOf + ceil(weeks × 7) days, never before the planned
/// date (the plan's budget phasing still holds). A site misses when its projection lies after the plan's deadline (no
/// year is built in: any scenario, any deadline). Without an observed rate the planned date decides; "none" sites always miss.
/// </para>
/// </summary>
public static class DeadlineRiskProjector
{
    public static ObservedBuildRate ObserveRate(
        IReadOnlyList<SiteTrackingInput> sites, IReadOnlyList<TrenchWork> trenches, IReadOnlyList<TrenchProgress> progress, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(sites);
        ArgumentNullException.ThrowIfNull(trenches);
        ArgumentNullException.ThrowIfNull(progress);
        var latest = progress.Where(p => p.ReportedOn <= asOf)
            .GroupBy(p => p.TrenchId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MaxBy(p => p.ReportedOn)!.MetresBuilt, StringComparer.Ordinal);
        double built = 0, remaining = 0;
        foreach (var trench in trenches)
        {
            var done = Math.Clamp(latest.GetValueOrDefault(trench.TrenchId), 0, trench.TrenchMetres);
            built += done;
            remaining += trench.TrenchMetres - done;
        }

        var dates = sites.SelectMany(s => s.Milestones).Where(m => m.ActualDate is { } d && d <= asOf).Select(m => m.ActualDate!.Value)
            .Concat(progress.Where(p => p.ReportedOn <= asOf).Select(p => p.ReportedOn))
            .ToList();
        var start = dates.Count == 0 ? asOf : dates.Min();
        var weeks = Math.Max(1, (asOf.DayNumber - start.DayNumber) / 7.0);
        var commissioned = sites.Count(s => s.Technology != PlanTechnology.Keep && IsLive(s, asOf));
        return new ObservedBuildRate(start, weeks, built, built / weeks, commissioned, commissioned / weeks, remaining);
    }

    public static IReadOnlyList<SiteProjection> Project(
        IReadOnlyList<SiteTrackingInput> sites,
        IReadOnlyList<TrenchWork> trenches,
        IReadOnlyList<TrenchProgress> progress,
        DateOnly asOf,
        DateOnly planDeadline)
    {
        var rate = ObserveRate(sites, trenches, progress, asOf);
        var deadline = planDeadline;
        var open = sites.Where(s => s.Technology != PlanTechnology.Keep && !IsLive(s, asOf))
            .OrderBy(s => s.PlannedLive ?? DateOnly.MaxValue).ThenBy(s => s.SiteId, StringComparer.Ordinal)
            .ToList();
        var diggers = open.Where(NeedsTrench).ToList();
        var share = diggers.Count == 0 ? 0 : rate.RemainingTrenchMetres / diggers.Count;
        var result = new List<SiteProjection>(open.Count);
        var digRank = 0;
        for (var r = 0; r < open.Count; r++)
        {
            var site = open[r];
            if (site.Technology == PlanTechnology.None)
            {
                result.Add(new SiteProjection(site.SiteId, site.PlannedLive, null, true, "nicht versorgbar – keine Technik geplant"));
                continue;
            }

            var metres = NeedsTrench(site) ? share * ++digRank : 0;
            var trenchWeeks = metres <= 0 ? 0 : rate.TrenchMetresPerWeek > 0 ? metres / rate.TrenchMetresPerWeek : double.PositiveInfinity;
            var siteWeeks = rate.SitesPerWeek > 0 ? (r + 1) / rate.SitesPerWeek : double.PositiveInfinity;
            var weeks = Math.Max(trenchWeeks, siteWeeks);
            if (double.IsInfinity(weeks))
            {
                var planMisses = site.PlannedLive is not { } planned || planned > deadline;
                result.Add(new SiteProjection(site.SiteId, site.PlannedLive, null, planMisses,
                    "keine beobachtete Bauleistung – " + (planMisses ? "Plan verfehlt die Frist " : "Plan hält die Frist ") + German(deadline)));
                continue;
            }

            var projected = asOf.AddDays((int)Math.Ceiling(weeks * 7));
            if (site.PlannedLive is { } p && p > projected)
            {
                projected = p;
            }

            var misses = projected > deadline;
            var basis = string.Create(
                CultureInfo.InvariantCulture,
                $"Tiefbau {rate.TrenchMetresPerWeek:0} m/Woche, {rate.SitesPerWeek:0.##} Inbetriebnahmen/Woche");
            result.Add(new SiteProjection(site.SiteId, site.PlannedLive, projected, misses,
                $"Prognose {German(projected)} {(misses ? "nach" : "vor")} Frist {German(deadline)} ({basis})"));
        }

        return result;
    }

    private static bool IsLive(SiteTrackingInput site, DateOnly asOf) =>
        site.Milestones.Any(m => m.Milestone == Milestone.Inbetriebnahme && m.Status == MilestoneStatus.Erledigt && (m.ActualDate ?? asOf) <= asOf);

    private static bool NeedsTrench(SiteTrackingInput site) =>
        site.Technology == PlanTechnology.Fibre
        && !site.Milestones.Any(m => m.Milestone >= Milestone.Tiefbau && m.Status == MilestoneStatus.Erledigt);

    private static string German(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
