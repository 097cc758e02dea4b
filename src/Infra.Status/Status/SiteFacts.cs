using Infra.Core.Progress;
using Infra.Data.Plans;
using Infra.Planning.Schedule;
using Infra.Planning.Tracking;

namespace Infra.Status.Status;

/// <summary>
/// One site as the status reads it: its Ausgangsplan and Fortschreibung rows and its milestones. Connected (Ist) means
/// kept uplink or Inbetriebnahme done on or before the date (as <see cref="KpiCalculator"/> counts); planned means kept
/// or the Ausgangsplan's live date on or before it.
/// </summary>
internal sealed class SiteFacts(StoredPlanSite baseline, StoredPlanSite? replan, IReadOnlyList<SiteMilestone> milestones)
{
    public StoredPlanSite Baseline { get; } = baseline;

    public StoredPlanSite? Replan { get; } = replan;

    public string Id => Baseline.SiteId;

    public bool Keeps => Baseline.Technology == TechnologyCodes.Keep;

    public bool ConnectedOn(DateOnly date) => Keeps || Done(Milestone.Inbetriebnahme, date);

    public bool PlannedBy(DateOnly date) => Keeps || Baseline.PlannedLive <= date;

    /// <summary>WLAN in service: none needed by the plan, or its milestone done.</summary>
    public bool WlanOn(DateOnly date) => Baseline.WlanAps == 0 || Done(Milestone.Wlan, date);

    /// <summary>WLAN the Ausgangsplan has in service by the date.</summary>
    public bool WlanPlannedBy(DateOnly date) =>
        Baseline.WlanAps == 0 || (Quarter.TryParse(Baseline.WlanQuarter, out var q) && q.LastDay <= date);

    /// <summary>Tiefbau or a later uplink milestone started or done by the date.</summary>
    public bool StartedOn(DateOnly date) =>
        milestones.Any(m => m.Milestone is >= Milestone.Tiefbau and < Milestone.Wlan && m.Status != MilestoneStatus.Offen && (m.ActualDate ?? date) <= date);

    /// <summary>The permit milestone is recorded and not done by the date.</summary>
    public bool PermitPendingOn(DateOnly date) =>
        milestones.Any(m => m.Milestone == Milestone.Genehmigung) && !Done(Milestone.Genehmigung, date);

    public DateOnly? DoneOn(Milestone milestone) =>
        milestones.FirstOrDefault(m => m.Milestone == milestone && m.Status == MilestoneStatus.Erledigt)?.ActualDate;

    /// <summary>The technology the site has or gets: built (the Ausgangsplan's), else the Fortschreibung's, else the Ausgangsplan's.</summary>
    public string TechnologyOn(DateOnly date) =>
        !Keeps && ConnectedOn(date) ? Baseline.Technology
        : Replan is { } r && r.Technology != TechnologyCodes.Keep ? r.Technology
        : Baseline.Technology;

    /// <summary>Own uplink (or kept one) live by the deadline in the plan the forecast rests on.</summary>
    public static bool LiveBy(StoredPlanSite site, DateOnly deadline) => site.Technology == TechnologyCodes.Keep || site.PlannedLive <= deadline;

    private bool Done(Milestone milestone, DateOnly date) =>
        milestones.Any(m => m.Milestone == milestone && m.Status == MilestoneStatus.Erledigt && m.ActualDate <= date);
}
