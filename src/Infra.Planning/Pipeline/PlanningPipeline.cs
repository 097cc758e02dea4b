using System.Diagnostics;
using Infra.Core.Network;
using Infra.Core.Scenarios;
using Infra.Planning.Design;
using Infra.Planning.Instance;
using Infra.Planning.Plans;
using Infra.Planning.Schedule;
using Infra.Planning.Solver;
using Infra.Planning.Preparation;

namespace Infra.Planning.Pipeline;

/// <summary>The stage a planning run is in, for progress displays.</summary>
public enum PlanningStage
{
    /// <summary>Candidate graph and Richtfunk pairs.</summary>
    Instance,

    /// <summary>Network design (greedy, LP cutting planes, branch-and-cut).</summary>
    Design,

    /// <summary>Per-site plan with alternatives.</summary>
    Plan,

    /// <summary>Rollout schedule to the deadline.</summary>
    Schedule,

    /// <summary>Finished.</summary>
    Done,
}

/// <summary>
/// Progress of a planning run: the stage, its share done (0..1, of its time limit), the overall share, and for the
/// design and the schedule what the solver does (cut round, incumbent, bound), when it has said so.
/// </summary>
public readonly record struct PlanningProgress(PlanningStage Stage, double StageShare, double OverallShare, SolverProgress? Solver = null);

/// <summary>
/// One planning run from a scenario and an inventory to a scheduled plan: instance, design, plan, schedule. The one
/// way the CLI, the solve job and the web service plan. Progress is estimated from the stages' time limits (the
/// solvers' phases and figures ride along) and reported every quarter second.
/// </summary>
public static class PlanningPipeline
{
    // Weights of the stages by their time limits on the default city (design 60 s, schedule 30 s).
    private static readonly double[] StageStart = [0.0, 0.05, 0.65, 0.67, 1.0];

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

        var designLatest = new LatestSolverProgress();
        var design = Task.Run(() => new NetworkDesignOptimizer().Solve(instance, designLatest, ct), ct);
        await Follow(design, PlanningStage.Design, scenario.Solver.TimeLimitSeconds, designLatest, progress, ct).ConfigureAwait(false);
        var result = await design.ConfigureAwait(false);

        Report(progress, PlanningStage.Plan, 0);
        var plan = PlanBuilder.Build(instance, result);
        ct.ThrowIfCancellationRequested();

        var options = scheduleOptions ?? ScheduleOptionsFor(scenario);
        var scheduleLatest = new LatestSolverProgress();
        var scheduling = Task.Run(() => RolloutScheduler.Build(instance, result.Design, options, scheduleLatest, ct), ct);
        await Follow(scheduling, PlanningStage.Schedule, options.TimeLimitSeconds, scheduleLatest, progress, ct).ConfigureAwait(false);
        var schedule = await scheduling.ConfigureAwait(false);
        Report(progress, PlanningStage.Done, 1);
        return new PlanOutcome(instance, result, plan, schedule);
    }

    private static async Task Follow(
        Task work, PlanningStage stage, double limitSeconds, LatestSolverProgress latest, IProgress<PlanningProgress>? progress, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        while (!work.IsCompleted)
        {
            Report(progress, stage, clock.Elapsed.TotalSeconds / Math.Max(1, limitSeconds), latest.Value);
            await Task.WhenAny(work, Task.Delay(250, ct)).ConfigureAwait(false);
        }
    }

    private static void Report(IProgress<PlanningProgress>? progress, PlanningStage stage, double share, SolverProgress? solver = null)
    {
        if (progress is null)
        {
            return;
        }

        var s = Math.Clamp(share, 0, 1);
        var i = (int)stage;
        var overall = i >= StageStart.Length - 1 ? 1 : StageStart[i] + (s * (StageStart[i + 1] - StageStart[i]));
        progress.Report(new PlanningProgress(stage, s, Math.Min(overall, 0.99 + (stage == PlanningStage.Done ? 0.01 : 0)), solver));
    }

    /// <summary>Keeps the solver's latest report (written on the solver's thread, read by the follower).</summary>
    private sealed class LatestSolverProgress : IProgress<SolverProgress>
    {
        private readonly Lock _gate = new();
        private SolverProgress? _value;

        public SolverProgress? Value
        {
            get
            {
                lock (_gate)
                {
                    return _value;
                }
            }
        }

        public void Report(SolverProgress value)
        {
            lock (_gate)
            {
                _value = value;
            }
        }
    }
}
