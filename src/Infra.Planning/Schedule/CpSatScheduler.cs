using System.Globalization;
using Google.OrTools.Sat;
using Infra.Planning.Solver;

namespace Infra.Planning.Schedule;

/// <summary>What CP-SAT found for the uplinks of a schedule.</summary>
/// <param name="Schedule">The CP-SAT schedule, checked exactly and completed (orphan work, WLAN); null when none passed.</param>
/// <param name="LiveQuarter">Per site its live quarter in CP-SAT's best solution (−1: never or none), to guide list scheduling.</param>
/// <param name="WorkStart">Per fibre site the first quarter of digging on its path (−1 otherwise).</param>
/// <param name="BestBound">A valid lower bound of the objective (points), NaN when CP-SAT found none.</param>
/// <param name="Optimal">CP-SAT proved its model optimal.</param>
/// <param name="Seconds">Wall time of model building and search.</param>
internal sealed record CpSatOutcome(SimResult? Schedule, int[] LiveQuarter, int[] WorkStart, double BestBound, bool Optimal, double Seconds);

/// <summary>
/// Solves <see cref="CpSatScheduleModel"/> with CP-SAT: hinted with the list schedule, <c>num_workers</c> from the
/// scenario's threads, a fixed seed, no log on stdout; when it proves optimality with several workers, one worker
/// held to the optimal value picks the schedule, so that the same input gives the same schedule. Reports incumbent and bound through <see cref="SolverProgress"/>; stops on cancellation.
/// </summary>
internal static class CpSatScheduler
{
    private const int Seed = 20_280_630;
    private const double Eps = 1e-6;

    public static CpSatOutcome Solve(
        ScheduleProblem p, SimResult hint, double seconds, int threads, IProgress<SolverProgress>? progress, CancellationToken ct)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var model = CpSatScheduleModel.Build(p);
        model.Hint(hint);
        using var solver = new CpSolver { StringParameters = Parameters(threads, seconds - clock.Elapsed.TotalSeconds) };
        using var stop = ct.Register(solver.StopSearch);
        var status = solver.Solve(model.Model, new Reporter(progress, seconds, clock));
        ct.ThrowIfCancellationRequested();
        var bound = status is CpSolverStatus.Optimal or CpSolverStatus.Feasible or CpSolverStatus.Unknown
            ? Math.Floor(solver.BestObjectiveBound) / CpSatScheduleModel.Scale
            : double.NaN;
        if (status == CpSolverStatus.Optimal && threads > 1 && seconds - clock.Elapsed.TotalSeconds > 1)
        {
            // Parallel workers may return any of several optima; one worker from the same hint, held to the optimal
            // value, returns the same one every time.
            model.Model.Add(model.Objective <= (long)Math.Round(solver.ObjectiveValue));
            using var single = new CpSolver { StringParameters = Parameters(1, seconds - clock.Elapsed.TotalSeconds) };
            using var stopSingle = ct.Register(single.StopSearch);
            if (single.Solve(model.Model) == CpSolverStatus.Optimal)
            {
                return Outcome(p, Read(model, single), bound, true, clock, ct);
            }
        }

        return status is CpSolverStatus.Optimal or CpSolverStatus.Feasible
            ? Outcome(p, Read(model, solver), bound, status == CpSolverStatus.Optimal, clock, ct)
            : new CpSatOutcome(null, Enumerable.Repeat(-1, p.SiteCount).ToArray(), Enumerable.Repeat(-1, p.SiteCount).ToArray(),
                double.IsFinite(bound) ? bound : double.NaN, false, clock.Elapsed.TotalSeconds);
    }

    /// <summary>CP-SAT's parameters: workers, time, fixed seed, no log; presolve without probing and symmetry (measured: they
    /// took the whole time limit on the city before any search).</summary>
    private static string Parameters(int threads, double seconds) => string.Create(CultureInfo.InvariantCulture,
        $"num_workers:{Math.Max(1, threads)} max_time_in_seconds:{Math.Max(0.5, seconds):0.###} random_seed:{Seed} cp_model_probing_level:0 symmetry_level:0 log_search_progress:false log_to_stdout:false");

    private static CpSatOutcome Outcome(ScheduleProblem p, SimResult r, double bound, bool optimal, System.Diagnostics.Stopwatch clock, CancellationToken ct)
    {
        var live = (int[])r.Live.Clone();
        var workStart = Enumerable.Repeat(-1, p.SiteCount).ToArray();
        for (var s = 0; s < p.SiteCount; s++)
        {
            if (p.Role[s] == SiteRole.Fibre && p.Schedulable(s) && p.Path[s].All(e => r.EdgeDone[e] >= 0))
            {
                workStart[s] = p.Path[s].Min(e => r.EdgeDone[e] - r.EdgeQuarters[e] + 1);
            }
        }

        return new CpSatOutcome(Complete(p, r, ct), live, workStart, double.IsFinite(bound) ? bound : double.NaN, optimal, clock.Elapsed.TotalSeconds);
    }

    private static SimResult Read(CpSatScheduleModel model, CpSolver solver)
    {
        var p = model.Problem;
        var graph = p.Instance.Graph;
        var r = new SimResult(p.SiteCount, graph.Edges.Count, graph.Nodes.Count);
        int When(IntVar v) => (int)solver.Value(v) is var q && q >= model.Never ? -1 : (int)solver.Value(v);
        for (var e = 0; e < model.EdgeDone.Length; e++)
        {
            if (model.EdgeDone[e] is { } d && When(d) is var done and >= 0)
            {
                r.EdgeDone[e] = done;
                r.EdgeQuarters[e] = p.QuartersFor(p.EdgeMetres(e));
            }
        }

        for (var v = 0; v < model.TapDone.Length; v++)
        {
            if (model.TapDone[v] is { } t)
            {
                r.TapDone[v] = When(t);
            }
        }

        for (var s = 0; s < p.SiteCount; s++)
        {
            r.Live[s] = p.Role[s] == SiteRole.Kept ? 0 : model.Live[s] is { } l ? When(l) : -1;
        }

        return r;
    }

    /// <summary>
    /// Checks the uplinks exactly (CP-SAT saw rounded figures), then adds orphan work and WLAN with what is left.
    /// Null when a limit is exceeded beyond the list scheduler's tolerance.
    /// </summary>
    private static SimResult? Complete(ScheduleProblem p, SimResult r, CancellationToken ct)
    {
        var left = new ScheduleResources(p);
        for (var e = 0; e < r.EdgeDone.Length; e++)
        {
            if (r.EdgeDone[e] < 0)
            {
                continue;
            }

            var k = r.EdgeQuarters[e];
            for (var q = r.EdgeDone[e] - k + 1; q <= r.EdgeDone[e]; q++)
            {
                left.Trench[q] -= p.EdgeMetres(e) <= 1e-9 ? 0 : p.EdgeMetres(e) / k;
            }

            left.Budget[p.YearIndexOf(r.EdgeDone[e])] -= p.EdgeCapex(e);
        }

        for (var v = 0; v < r.TapDone.Length; v++)
        {
            if (r.TapDone[v] >= 0)
            {
                left.Budget[p.YearIndexOf(r.TapDone[v])] -= p.TapCost(v);
            }
        }

        for (var s = 0; s < p.SiteCount; s++)
        {
            if (p.Role[s] is SiteRole.Kept or SiteRole.Unserved || r.Live[s] < 0)
            {
                continue;
            }

            left.Budget[p.YearIndexOf(r.Live[s])] -= p.SiteCapex[s];
            if (p.Role[s] == SiteRole.Radio)
            {
                left.Radio[r.Live[s]]--;
            }
        }

        if (left.Trench.Any(t => t < -Eps) || left.Budget.Any(b => b < -Eps) || left.Radio.Any(x => x < 0))
        {
            return null;
        }

        var order = Enumerable.Range(0, p.SiteCount).OrderBy(s => r.Live[s] < 0 ? int.MaxValue : r.Live[s]).ThenBy(s => s).ToList();
        ListScheduler.Finish(p, order, r, left, ct);
        return r;
    }

    /// <summary>Reports each improving solution and the bound.</summary>
    private sealed class Reporter(IProgress<SolverProgress>? progress, double seconds, System.Diagnostics.Stopwatch clock) : CpSolverSolutionCallback
    {
        private int _solutions;

        public override void OnSolutionCallback()
        {
            _solutions++;
            progress?.Report(new SolverProgress(
                SolverPhase.CpSat, Math.Min(1, clock.Elapsed.TotalSeconds / Math.Max(1, seconds)), _solutions,
                ObjectiveValue() / CpSatScheduleModel.Scale, BestObjectiveBound() / CpSatScheduleModel.Scale));
        }
    }
}
