using Infra.Core.Inputs;
using Infra.Core.Plans;
using Infra.Data;
using Infra.Data.Plans;
using Infra.Data.Progress;
using Infra.Data.Store;
using Infra.Planning.Export;
using Infra.Planning.Pipeline;
using Infra.Planning.Replan;
using Infra.Scenarios;

namespace Infra.Status.Replan;

/// <summary>
/// The re-plan as one step on a database (<c>infra replan</c>): takes the Ausgangsplan (or a given version) and the
/// progress recorded up to the Stichtag, fixes what is built, started and dug (<see cref="ReplanInputs"/>), plans the rest
/// from the quarter after the Stichtag with the base version's scenario, builds the outlook (forecast, measures verified
/// by re-planning the schedule) and stores it all as a version labelled "Fortschreibung", in one transaction.
/// </summary>
public static class ReplanRunner
{
    /// <summary>
    /// Weight of a late quarter past the deadline against one before it in the re-plan's schedule (the plan's default is
    /// 10): at a Stichtag the deadline comes first, so the Fortschreibung and the schedules that verify measures trade
    /// earlier connections of some sites for lateness of others far less readily.
    /// </summary>
    public const double ReplanMissWeight = 100;

    public static async Task<ReplanResult> RunAsync(
        InfraDatabase database,
        DateOnly stichtag,
        long? baseVersion,
        ReplanSettings settings,
        TimeProvider time,
        IProgress<PlanningProgress>? progress = null,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(time);
        var plans = new PlanStore(database, time);
        var basis = await BaseAsync(plans, baseVersion, ct).ConfigureAwait(false);
        var scenario = ScenarioFile.FromYaml(await ScenarioYamlAsync(database, basis.Version, ct).ConfigureAwait(false), basis.Scenario);
        var projectStart = basis.PlanningStart ?? scenario.PlanningStart;
        var start = ReplanStart.From(stichtag, projectStart);

        var progressStore = new ProgressStore(database, time);
        var milestones = await progressStore.MilestonesAsync(null, ct).ConfigureAwait(false);
        var trenchProgress = await progressStore.TrenchProgressAsync(ct).ConfigureAwait(false);
        var baseSites = (await plans.SitesAsync(basis.Version, ct).ConfigureAwait(false)).Select(s => new BaselineSite(s.Id, s.Technology)).ToList();
        var baseTrenches = (await plans.TrenchesAsync(basis.Version, ct).ConfigureAwait(false))
            .Select(t => new BaselineTrench(t.Id, t.TrenchM, t.Geometry)).ToList();
        var inventory = await new LayerStore(database).LoadInventoryAsync(ct).ConfigureAwait(false);
        if (inventory.Sites.Count == 0)
        {
            throw new InputException("Die Datenbank enthält keine Liegenschaften: zuerst 'infra import --default' ausführen");
        }

        var fixes = ReplanInputs.Apply(inventory, scenario.Policies, baseSites, baseTrenches, milestones, trenchProgress, stichtag);
        var replanScenario = ReplanInputs.ScenarioFor(scenario, start);
        if (settings.DesignSeconds is { } design)
        {
            replanScenario = replanScenario with { Solver = replanScenario.Solver with { TimeLimitSeconds = design } };
        }

        var scheduleOptions = PlanningPipeline.ScheduleOptionsFor(replanScenario) with
        {
            ComputeExtraCapacity = false,
            EarliestStart = fixes.EarliestStart,
            MissWeight = ReplanMissWeight,
        };
        if (settings.ScheduleSeconds is { } seconds)
        {
            scheduleOptions = scheduleOptions with { TimeLimitSeconds = seconds };
        }

        var outcome = await PlanningPipeline.RunAsync(replanScenario, fixes.Inventory, progress, scheduleOptions, ct).ConfigureAwait(false);
        var observed = ObservedRate.TrenchMetresPerQuarter(baseTrenches, trenchProgress, projectStart, stichtag);
        var counts = new ReplanCounts(fixes.BuiltSites.Count, fixes.PinnedSites.Count, fixes.EarliestStart.Count, fixes.DugTrenches,
            fixes.DuctedStreets, fixes.WlanDone);
        var outlook = await Task.Run(() => OutlookBuilder.Build(outcome.Instance, outcome.Result.Design, outcome.Schedule, stichtag, start,
            observed, counts, scheduleOptions with { TimeLimitSeconds = settings.VerifySeconds }, null, ct), ct).ConfigureAwait(false);
        var version = await plans.SaveAsync(PlanExporter.Export(outcome), new PlanSaveOptions(
            ScenarioFile.ToYaml(replanScenario), basis.Version, start, Label: PlanLabels.Replan,
            Outlook: new StoredOutlook(stichtag, OutlookJson.Serialize(basis.Version, outlook)), PlanningStart: start), ct).ConfigureAwait(false);
        return new ReplanResult(version, basis.Version, outcome, outlook);
    }

    /// <summary>The given version, else the newest Ausgangsplan, else the oldest version that is not a Fortschreibung.</summary>
    private static async Task<PlanVersion> BaseAsync(PlanStore plans, long? version, CancellationToken ct)
    {
        if (version is { } v)
        {
            return await plans.GetAsync(v, ct).ConfigureAwait(false) ?? throw new InputException($"Planversion {v} gibt es nicht");
        }

        if (await plans.LatestLabelledAsync(PlanLabels.Baseline, ct).ConfigureAwait(false) is { } baseline)
        {
            return baseline;
        }

        return (await plans.ListAsync(ct).ConfigureAwait(false)).Where(p => p.Label != PlanLabels.Replan).MinBy(p => p.Version)
            ?? throw new InputException("Es ist noch kein Plan gespeichert: zuerst 'infra plan … --from-db --ausgangsplan' ausführen");
    }

    private static async Task<string> ScenarioYamlAsync(InfraDatabase database, long version, CancellationToken ct) =>
        await new PlanStore(database).ScenarioYamlAsync(version, ct).ConfigureAwait(false)
        ?? throw new InputException($"Planversion {version} gibt es nicht");
}
