using Infra.Core.Plans;
using Infra.Core.Progress;
using Infra.Core.Scenarios;
using Infra.Data.Plans;
using Infra.Status.Model;
using Infra.Status.Replan;

namespace Infra.Status.Status;

/// <summary>Everything the status is computed from, read from the database by <see cref="StatusLoader"/>.</summary>
/// <param name="Stichtag">The day the Ist is taken.</param>
/// <param name="Scenario">The Ausgangsplan's scenario (costs, capacities, deadline).</param>
/// <param name="Baseline">The Ausgangsplan.</param>
/// <param name="BaselineSites">Its sites.</param>
/// <param name="BaselineQuarters">Its curve.</param>
/// <param name="BaselineYears">Its money per year.</param>
/// <param name="Replan">The Fortschreibung, or null.</param>
/// <param name="ReplanSites">Its sites (empty without one).</param>
/// <param name="ReplanQuarters">Its curve.</param>
/// <param name="ReplanYears">Its money per year.</param>
/// <param name="Outlook">Its stored outlook, or null.</param>
/// <param name="Milestones">Recorded milestones.</param>
/// <param name="Trenches">Recorded trench metres.</param>
/// <param name="Sources">Recorded progress rows per report source.</param>
internal sealed record StatusInputs(
    DateOnly Stichtag,
    Scenario Scenario,
    PlanVersion Baseline,
    IReadOnlyList<PlanSite> BaselineSites,
    IReadOnlyList<PlanQuarter> BaselineQuarters,
    IReadOnlyList<PlanYear> BaselineYears,
    PlanVersion? Replan,
    IReadOnlyList<PlanSite> ReplanSites,
    IReadOnlyList<PlanQuarter> ReplanQuarters,
    IReadOnlyList<PlanYear> ReplanYears,
    StoredOutlookDocument? Outlook,
    IReadOnlyList<SiteMilestone> Milestones,
    IReadOnlyList<TrenchProgress> Trenches,
    IReadOnlyList<DataSource> Sources);
