using Infra.Core.Inputs;
using Infra.Data.Plans;
using Infra.Scenarios;
using Infra.Data.Store;
using Infra.Data.Jobs;
using Infra.Jobs.Execution;
using Infra.Planning.Export;
using Infra.Planning.Pipeline;

namespace Infra.Jobs.Jobs;

/// <summary>
/// Plans a scenario (by name, from the scenario folder) on the inventory in the database and stores the result as a
/// new plan version. Nothing is written before <see cref="PlanStore.SaveAsync"/>, which is one transaction, so a
/// cancelled or killed solve leaves no partial plan.
/// </summary>
internal sealed class SolveJob(JobRuntime runtime) : InfraJob(runtime)
{
    public const string ScenarioKey = "scenario";

    protected override JobKind Kind => JobKind.Solve;

    protected override async Task<JobOutcome> RunAsync(JobRunContext run)
    {
        var ct = run.CancellationToken;
        var scenario = ScenarioLocator.Load(Runtime.Options.ScenarioFolder, run.Required(ScenarioKey));
        var db = await Runtime.AppDatabaseAsync(ct).ConfigureAwait(false);
        var plans = new PlanStore(db, Runtime.Time);
        if (await AlreadyStoredAsync(plans, run).ConfigureAwait(false) is { } done)
        {
            return done;
        }

        var inventory = await new LayerStore(db).LoadInventoryAsync(ct).ConfigureAwait(false);
        if (inventory.Sites.Count == 0)
        {
            throw new InputException("Der Bestand in der Datenbank ist leer – zuerst mit infra import Geodaten laden");
        }

        var outcome = await PlanAsync(scenario, inventory, run).ConfigureAwait(false);
        var version = await plans
            .SaveAsync(PlanExporter.Export(outcome), new PlanSaveOptions(ScenarioFile.ToYaml(scenario), JobRunId: run.RunId), ct).ConfigureAwait(false);
        return new JobOutcome($"Planversion {version} gespeichert ({scenario.Name})", version);
    }

    /// <summary>
    /// The outcome of a run that already stored its plan: it was killed after the commit and before its success was
    /// recorded, and runs again on restart; solving again would store a second version.
    /// </summary>
    public static async Task<JobOutcome?> AlreadyStoredAsync(PlanStore plans, JobRunContext run) =>
        await plans.VersionOfRunAsync(run.RunId, run.CancellationToken).ConfigureAwait(false) is { } version
            ? new JobOutcome($"Planversion {version} war bereits gespeichert", version)
            : null;

    /// <summary>
    /// The pipeline with its progress mapped to 0..95 % (the rest is saving) and its stage, phase and figures as the
    /// job's message (the lease keeper writes the newest with each heartbeat).
    /// </summary>
    public static Task<PlanOutcome> PlanAsync(Core.Scenarios.Scenario scenario, Core.Network.GeoInventory inventory, JobRunContext run) =>
        PlanningPipeline.RunAsync(
            scenario,
            inventory,
            new InlineProgress<PlanningProgress>(p =>
            {
                run.Progress.Report(p.OverallShare * 0.95);
                run.Message?.Report(ProgressText.Line(p with { OverallShare = p.OverallShare * 0.95 }));
            }),
            null,
            run.CancellationToken);
}
