using Infra.Planning.Solver;

namespace Infra.Planning.Schedule;

/// <summary>A list-scheduling start: order, optional release quarters and the schedule they give.</summary>
internal sealed record ScheduleStart(int[] Order, int[]? Release, SimResult Result, string Method);

/// <summary>
/// The quarter-by-quarter part of the schedule search (docs/schedule.md, "Method"): the Lagrangian bound
/// (<see cref="LagrangianBound"/>) with the list schedule of its order, and the time-indexed CP-SAT model
/// (<see cref="CpSatTimeModel"/>), whose quarters the list scheduler realises. Every schedule it returns is one of the
/// list scheduler's, so it keeps every rule exactly.
/// </summary>
internal static class TimeIndexedStage
{
    /// <summary>The Lagrangian bound and the list schedule in the order of the quarter each site is first chosen in.</summary>
    public static (double Bound, int[] FirstChosen, ScheduleStart Start) Lagrangian(ScheduleProblem p, int[] baselineOrder, CancellationToken ct)
    {
        var solution = LagrangianBound.Compute(p, ct);
        var order = Ordered(p, solution.FirstChosen, null, baselineOrder);
        return (solution.Bound, solution.FirstChosen, new ScheduleStart(order, null, ListScheduler.Run(p, order, null, ct), "Lagrange-Reihenfolge"));
    }

    /// <summary>
    /// Whether the time-indexed model fits with a checkpoint in every quarter up to the one after <paramref name="best"/>'s
    /// last go-live (sparser checkpoints plan too coarsely to help).
    /// </summary>
    public static bool TimeModelFits(ScheduleProblem p, SimResult best) =>
        (long)CpSatTimeModel.Items(p) * (Math.Min(BusyUntil(p, best) + 2, p.DeadlineIndex + 1) + 12) <= CpSatTimeModel.MaxBooleans;

    /// <summary>The time-indexed CP-SAT model hinted with <paramref name="best"/>: its bound and the realisation of its quarters.</summary>
    public static (double Bound, List<ScheduleStart> Starts) CpSat(
        ScheduleProblem p, SimResult best, double bound, int[] firstChosen, int[] baselineOrder, double seconds, int threads,
        IProgress<SolverProgress>? progress, CancellationToken ct)
    {
        var checkpoints = CpSatTimeModel.Checkpoints(p, CpSatTimeModel.Items(p), BusyUntil(p, best));
        var outcome = CpSatTimeModel.Solve(p, checkpoints, best, bound, seconds, threads, progress, ct);
        var starts = new List<ScheduleStart>();
        if (outcome.PlannedBy.Any(q => q >= 0))
        {
            var order = Ordered(p, outcome.PlannedBy, firstChosen, baselineOrder);
            starts.Add(new ScheduleStart(order, null, ListScheduler.Run(p, order, null, ct), "CP-SAT"));
        }

        return (outcome.BestBound, starts);
    }

    /// <summary>Sites by a quarter (−1: last), ties by a second quarter where given, then in baseline order.</summary>
    private static int[] Ordered(ScheduleProblem p, int[] quarter, int[]? tie, int[] baselineOrder)
    {
        var rank = new int[p.SiteCount];
        for (var i = 0; i < baselineOrder.Length; i++)
        {
            rank[baselineOrder[i]] = i;
        }

        static int Key(int q) => q < 0 ? int.MaxValue : q;
        return Enumerable.Range(0, p.SiteCount)
            .OrderBy(s => Key(quarter[s]))
            .ThenBy(s => tie is null ? 0 : Key(tie[s]))
            .ThenBy(s => rank[s])
            .ToArray();
    }

    /// <summary>The last quarter in which a site of <paramref name="r"/> goes live (its busy part), 0 when none does.</summary>
    private static int BusyUntil(ScheduleProblem p, SimResult r) =>
        Enumerable.Range(0, p.SiteCount).Where(p.Schedulable).Select(s => r.Live[s] < 0 ? p.QuarterCount - 1 : r.Live[s]).DefaultIfEmpty(0).Max();
}
