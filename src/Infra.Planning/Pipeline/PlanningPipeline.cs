using System.Diagnostics;
using Infra.Core.Network;
using Infra.Core.Scenarios;
using Infra.Planning.Design;
using Infra.Planning.Instance;
using Infra.Planning.Plans;
using Infra.Planning.Schedule;

namespace Infra.Planning.Pipeline;

/// <summary>The stage a planning run is in, for progress displays.</summary>
public enum PlanningStage
{
    /// <summary>Candidate graph and Richtfunk pairs.</summary>
    Instance,

    /// <summary>Network design (greedy, LP bound, CBC).</summary>
    Design,

    /// <summary>Per-site plan with alternatives.</summary>
    Plan,

    /// <summary>Rollout schedule to the deadline.</summary>
    Schedule,

    /// <summary>Finished.</summary>
    Done,
}

/// <summary>Progress of a planning run: the stage, its share done (0..1, estimated from the time limit) and the overall share.</summary>
public readonly record struct PlanningProgress(PlanningStage Stage, double StageShare, double OverallShare);

/// <summary>
/// One planning run from a scenario and an inventory to a scheduled plan: instance, design, plan, schedule. The one
/// way the CLI, the solve job and the web service plan. Progress is estimated from the stages' time limits (the
/// solvers report no share of their own) and reported every quarter second.
/// </summary>
public static class PlanningPipeline
{
    // Rough weights of the stages in wall time of a default-city run (design ~10 %, schedule most of the rest).
    private static readonly double[] StageStart = [0.0, 0.05, 0.35, 0.40, 1.0];

    /// <summary>Schedule time limit used for a scenario: half the design limit, at least 5 s.</summary>
    public static ScheduleOptions ScheduleOptionsFor(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return new ScheduleOptions { TimeLimitSeconds = Math.Max(5, scenario.Solver.TimeLimitSeconds / 2), Threads = scenario.Solver.Threads };
    }

    /// <summary>Plans <paramref name="scenario"/> on <paramref name="inventory"/>; cancellable between and inside stages.</summary>
    public static async Task<PlanOutcome> RunAsync(
        Scenario scenario,
        GeoInventory inventory,
        IProgress<PlanningProgress>? progress = null,
        ScheduleOptions? scheduleOptions = null,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(inventory);
        Report(progress, PlanningStage.Instance, 0);
        var instance = await Task.Run(() => PlanningInstanceBuilder.Build(scenario, inventory, ct), ct).ConfigureAwait(false);

        var design = Task.Run(() => new NetworkDesignOptimizer().Solve(instance, null, ct), ct);
        await Follow(design, PlanningStage.Design, scenario.Solver.TimeLimitSeconds * 1.2, progress, ct).ConfigureAwait(false);
        var result = await design.ConfigureAwait(false);

        Report(progress, PlanningStage.Plan, 0);
        var plan = PlanBuilder.Build(instance, result);
        ct.ThrowIfCancellationRequested();

        var options = scheduleOptions ?? ScheduleOptionsFor(scenario);
        var scheduling = Task.Run(() => RolloutScheduler.Build(instance, result.Design, options, ct), ct);
        await Follow(scheduling, PlanningStage.Schedule, options.TimeLimitSeconds * 1.5, progress, ct).ConfigureAwait(false);
        var schedule = await scheduling.ConfigureAwait(false);
        Report(progress, PlanningStage.Done, 1);
        return new PlanOutcome(instance, result, plan, schedule);
    }

    private static async Task Follow(Task work, PlanningStage stage, double expectedSeconds, IProgress<PlanningProgress>? progress, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        while (!work.IsCompleted)
        {
            Report(progress, stage, clock.Elapsed.TotalSeconds / Math.Max(1, expectedSeconds));
            await Task.WhenAny(work, Task.Delay(250, ct)).ConfigureAwait(false);
        }
    }

    private static void Report(IProgress<PlanningProgress>? progress, PlanningStage stage, double share)
    {
        if (progress is null)
        {
            return;
        }

        var s = Math.Clamp(share, 0, 1);
        var i = (int)stage;
        var overall = i >= StageStart.Length - 1 ? 1 : StageStart[i] + (s * (StageStart[i + 1] - StageStart[i]));
        progress.Report(new PlanningProgress(stage, s, Math.Min(overall, 0.99 + (stage == PlanningStage.Done ? 0.01 : 0))));
    }
}
