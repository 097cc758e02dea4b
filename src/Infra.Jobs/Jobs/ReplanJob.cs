using System.Globalization;
using Infra.Core.Inputs;
using Infra.Data.Plans;
using Infra.Data.Progress;
using Infra.Scenarios;
using Infra.Data.Store;
using Infra.Jobs.Execution;
using Infra.Planning.Replan;
using Infra.Planning.Export;

namespace Infra.Jobs.Jobs;

/// <summary>
/// Re-plans from a date (rolling horizon): what is live or under construction keeps its technology, dug trenches
/// become existing network, planning starts at that date, the rest is re-optimised with the scenario of the base
/// version. Stored as a new version (BasedOnVersion, ReplanFrom) beside the old one, in one transaction.
/// </summary>
internal sealed class ReplanJob(JobRuntime runtime) : InfraJob(runtime)
{
    public const string BasedOnKey = "basedOn";
    public const string FromKey = "from";

    protected override JobKind Kind => JobKind.Replan;

    protected override async Task<JobOutcome> RunAsync(JobRunContext run)
    {
        var ct = run.CancellationToken;
        var basedOn = long.Parse(run.Required(BasedOnKey), CultureInfo.InvariantCulture);
        var from = DateOnly.ParseExact(run.Required(FromKey), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var db = await Runtime.AppDatabaseAsync(ct).ConfigureAwait(false);
        var plans = new PlanStore(db, Runtime.Time);
        if (await SolveJob.AlreadyStoredAsync(plans, run).ConfigureAwait(false) is { } done)
        {
            return done;
        }

        var info = await plans.GetAsync(basedOn, ct).ConfigureAwait(false)
            ?? throw new InputException($"Planversion {basedOn} gibt es nicht");
        var scenario = ScenarioLocator.Load(Runtime.Options.ScenarioFolder, info.Scenario);
        if (from >= scenario.Deadline)
        {
            throw new InputException($"Neuplanung ab {from:yyyy-MM-dd} liegt nicht vor der Frist {scenario.Deadline:yyyy-MM-dd}");
        }

        var progress = new ProgressStore(db, Runtime.Time);
        var fixedInputs = ReplanInputs.Apply(
            await new LayerStore(db).LoadInventoryAsync(ct).ConfigureAwait(false),
            scenario.Policies,
            (await plans.SitesAsync(basedOn, ct).ConfigureAwait(false)).Select(s => new BaselineSite(s.Id, s.Technology)).ToList(),
            (await plans.TrenchesAsync(basedOn, ct).ConfigureAwait(false)).Select(t => new BaselineTrench(t.Id, t.TrenchM, t.Geometry)).ToList(),
            await progress.MilestonesAsync(null, ct).ConfigureAwait(false),
            await progress.TrenchProgressAsync(ct).ConfigureAwait(false),
            from);
        scenario = ReplanInputs.ScenarioFor(scenario, from);
        run.Progress.Report(0.02);

        var outcome = await SolveJob.PlanAsync(scenario, fixedInputs.Inventory, run).ConfigureAwait(false);
        var version = await plans.SaveAsync(PlanExporter.Export(outcome), new PlanSaveOptions(ScenarioFile.ToYaml(scenario), basedOn, from, run.RunId), ct)
            .ConfigureAwait(false);
        return new JobOutcome(
            $"Planversion {version} aus {basedOn} ab {from:dd.MM.yyyy}: {fixedInputs.PinnedSites.Count} Liegenschaften festgehalten, "
            + $"{fixedInputs.BuiltSites.Count} gebaute übernommen, {fixedInputs.DugTrenches} Gräben als Bestand",
            version);
    }
}
