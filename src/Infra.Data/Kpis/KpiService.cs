using Infra.Core.Plans;
using Infra.Core.Progress;
using Infra.Data.Plans;
using Infra.Data.Progress;
using Infra.Core.Tracking;

namespace Infra.Data.Kpis;

/// <summary>Current KPIs of a stored plan version with the recorded milestones (<see cref="KpiCalculator"/> on stored data).</summary>
public static class KpiService
{
    public static async Task<KpiFigures> CurrentAsync(InfraDatabase db, long planVersion, DateOnly asOf, CancellationToken ct = default)
    {
        var (inputs, deadline) = await InputsAsync(db, planVersion, ct);
        return KpiCalculator.Compute(inputs, asOf, deadline);
    }

    /// <summary>
    /// The KPIs as of each date, from the recorded actual dates (one read of plan and milestones): the actual curve
    /// as the records tell it now, which also covers the time before the first snapshot.
    /// </summary>
    public static async Task<IReadOnlyList<KpiFigures>> AsOfAsync(InfraDatabase db, long planVersion, IEnumerable<DateOnly> dates, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(dates);
        var (inputs, deadline) = await InputsAsync(db, planVersion, ct);
        return dates.Select(d => KpiCalculator.Compute(inputs, d, deadline)).ToArray();
    }

    private static async Task<(SiteTrackingInput[] Inputs, DateOnly Deadline)> InputsAsync(InfraDatabase db, long planVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var plans = new PlanStore(db);
        var info = await plans.GetAsync(planVersion, ct) ?? throw new ArgumentException($"plan version {planVersion} does not exist", nameof(planVersion));
        var sites = await plans.SitesAsync(planVersion, ct);
        var milestones = (await new ProgressStore(db).MilestonesAsync(null, ct)).ToLookup(m => m.SiteId, StringComparer.Ordinal);
        var inputs = sites.Select(s => new SiteTrackingInput(s.Id, s.Kind, s.District, s.Technology, s.LiveDate,
            WithCompleteWlan(s, milestones[s.Id].ToArray()), s.MissesDeadline)).ToArray();
        return (inputs, info.Summary.Deadline);
    }

    /// <summary>A site needing no access points has complete WLAN already (as the schedule counts it): WLAN done since ever.</summary>
    private static SiteMilestone[] WithCompleteWlan(PlanSite site, SiteMilestone[] milestones) =>
        site.WlanAps == 0 && milestones.All(m => m.Milestone != Milestone.Wlan)
            ? [.. milestones, new SiteMilestone(site.Id, Milestone.Wlan, null, DateOnly.MinValue, MilestoneStatus.Erledigt)]
            : milestones;
}
