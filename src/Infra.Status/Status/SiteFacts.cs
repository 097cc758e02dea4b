using Infra.Core.Plans;
using Infra.Core.Progress;
using Infra.Core.Tracking;
using Infra.Planning.Schedule;

namespace Infra.Status.Status;

/// <summary>
/// One site as the status reads it: its Ausgangsplan and Fortschreibung rows and its milestones. Connected (Ist) means
/// kept uplink or Inbetriebnahme done on or before the date (as <see cref="KpiCalculator"/> counts); planned means kept
/// or the Ausgangsplan's live date on or before it.
/// </summary>
internal sealed class SiteFacts(PlanSite baseline, PlanSite? replan, IReadOnlyList<SiteMilestone> milestones)
{
    public PlanSite Baseline { get; } = baseline;

    public PlanSite? Replan { get; } = replan;

    public string Id => Baseline.Id;

    public bool Keeps => Baseline.Technology == PlanTechnology.Keep;

    public bool ConnectedOn(DateOnly date) => Keeps || Done(Milestone.Inbetriebnahme, date);

    public bool PlannedBy(DateOnly date) => Keeps || Baseline.LiveDate <= date;

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
    public PlanTechnology TechnologyOn(DateOnly date) =>
        !Keeps && ConnectedOn(date) ? Baseline.Technology
        : Replan is { } r && r.Technology != PlanTechnology.Keep ? r.Technology
        : Baseline.Technology;

    /// <summary>Own uplink (or kept one) live by the deadline in the plan the forecast rests on.</summary>
    public static bool LiveBy(PlanSite site, DateOnly deadline) => site.Technology == PlanTechnology.Keep || site.LiveDate <= deadline;

    private bool Done(Milestone milestone, DateOnly date) =>
        milestones.Any(m => m.Milestone == milestone && m.Status == MilestoneStatus.Erledigt && m.ActualDate <= date);
}
