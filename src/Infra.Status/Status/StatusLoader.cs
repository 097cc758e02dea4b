using Infra.Data;
using Infra.Data.Plans;
using Infra.Data.Progress;
using Infra.Scenarios;
using Infra.Status.Model;
using Infra.Status.Replan;

namespace Infra.Status.Status;

/// <summary>
/// Reads what the status needs from the database and computes it (<see cref="StatusCalculator"/>): the newest
/// Fortschreibung and the Ausgangsplan it continues (else the newest Ausgangsplan, else the oldest plan), the progress
/// and its sources. The Stichtag is the Fortschreibung's unless one is asked for; a Fortschreibung of another Stichtag is
/// then left out (the forecast falls back to the Ausgangsplan).
/// </summary>
public static class StatusLoader
{
    /// <summary>Report sources whose name starts like this are synthetic stand-ins (the demo imports with "synthetisch").</summary>
    public const string SyntheticSourcePrefix = "synthet";

    /// <returns>The status, or null when no plan is stored.</returns>
    public static async Task<ProgrammeStatus?> LoadAsync(InfraDatabase database, DateOnly? stichtag, TimeProvider time, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(time);
        var plans = new PlanStore(database, time);
        var replan = await plans.LatestLabelledAsync(PlanLabels.Replan, ct).ConfigureAwait(false);
        StoredOutlookDocument? outlook = null;
        if (replan is not null && await plans.OutlookAsync(replan.Version, ct).ConfigureAwait(false) is { } stored)
        {
            outlook = OutlookJson.Deserialize(stored.Json);
            if (stichtag is { } asked && asked != stored.Stichtag)
            {
                (replan, outlook) = (null, null);
            }
        }

        var baseline = replan?.BasedOnVersion is { } basedOn
            ? await plans.GetAsync(basedOn, ct).ConfigureAwait(false)
            : await plans.LatestLabelledAsync(PlanLabels.Baseline, ct).ConfigureAwait(false)
              ?? (await plans.ListAsync(ct).ConfigureAwait(false)).Where(p => p.Label != PlanLabels.Replan).MinBy(p => p.Version);
        if (baseline is null)
        {
            return null;
        }

        var date = stichtag ?? outlook?.Outlook.Stichtag ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var scenario = ScenarioFile.FromYaml(await plans.ScenarioYamlAsync(baseline.Version, ct).ConfigureAwait(false) ?? "", baseline.Scenario);
        var progress = new ProgressStore(database, time);
        var sources = (await progress.SourcesAsync(ct).ConfigureAwait(false))
            .Select(s => new DataSource(s.Source, s.Rows, s.Source.StartsWith(SyntheticSourcePrefix, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        var input = new StatusInputs(
            date,
            scenario,
            baseline,
            await plans.SitesAsync(baseline.Version, ct).ConfigureAwait(false),
            await plans.QuartersAsync(baseline.Version, ct).ConfigureAwait(false),
            await plans.YearsAsync(baseline.Version, ct).ConfigureAwait(false),
            replan,
            replan is null ? [] : await plans.SitesAsync(replan.Version, ct).ConfigureAwait(false),
            replan is null ? [] : await plans.QuartersAsync(replan.Version, ct).ConfigureAwait(false),
            replan is null ? [] : await plans.YearsAsync(replan.Version, ct).ConfigureAwait(false),
            outlook,
            await progress.MilestonesAsync(null, ct).ConfigureAwait(false),
            await progress.TrenchProgressAsync(ct).ConfigureAwait(false),
            sources);
        return StatusCalculator.Compute(input);
    }
}
