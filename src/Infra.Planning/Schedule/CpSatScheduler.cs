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
/// scenario's threads, a fixed seed and interleaved search (so that the same input gives the same schedule), no log
/// on stdout. Reports incumbent and bound through <see cref="SolverProgress"/>; stops on cancellation.
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
        using var solver = new CpSolver
        {
            StringParameters = string.Create(CultureInfo.InvariantCulture,
                $"num_workers:{Math.Max(1, threads)} max_time_in_seconds:{Math.Max(0.5, seconds - clock.Elapsed.TotalSeconds):0.###} " +
                $"random_seed:{Seed} interleave_search:{(threads > 1 ? "true" : "false")} log_search_progress:false log_to_stdout:false"),
        };
        using var stop = ct.Register(solver.StopSearch);
        var callback = new Reporter(progress, seconds, clock);
        var status = solver.Solve(model.Model, callback);
        ct.ThrowIfCancellationRequested();
        var found = status is CpSolverStatus.Optimal or CpSolverStatus.Feasible;
        var bound = status is CpSolverStatus.Optimal or CpSolverStatus.Feasible or CpSolverStatus.Unknown
            ? Math.Floor(solver.BestObjectiveBound) / CpSatScheduleModel.Scale
            : double.NaN;
        var live = Enumerable.Repeat(-1, p.SiteCount).ToArray();
        var workStart = Enumerable.Repeat(-1, p.SiteCount).ToArray();
        SimResult? schedule = null;
        if (found)
        {
            var r = Read(model, solver);
            Array.Copy(r.Live, live, live.Length);
            for (var s = 0; s < p.SiteCount; s++)
            {
                if (p.Role[s] == SiteRole.Fibre && p.Schedulable(s) && p.Path[s].All(e => r.EdgeDone[e] >= 0))
                {
                    workStart[s] = p.Path[s].Min(e => r.EdgeDone[e] - r.EdgeQuarters[e] + 1);
                }
            }

            schedule = Complete(p, r, ct);
        }

        return new CpSatOutcome(schedule, live, workStart, double.IsFinite(bound) ? bound : double.NaN, status == CpSolverStatus.Optimal,
            clock.Elapsed.TotalSeconds);
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
