using System.Globalization;
using Google.OrTools.Sat;
using Infra.Planning.Solver;

namespace Infra.Planning.Schedule;

/// <summary>What the time-indexed CP-SAT model found.</summary>
/// <param name="PlannedBy">Per site the first checkpoint quarter by which its best solution has it live (−1: never or none).</param>
/// <param name="BestBound">A valid lower bound of the schedule objective (points), NaN when none.</param>
/// <param name="Objective">The model's objective of its best solution (a relaxation's value, not a schedule's), NaN when none.</param>
internal sealed record TimeModelOutcome(int[] PlannedBy, double BestBound, double Objective);

/// <summary>
/// The uplinks as a time-indexed CP-SAT model over checkpoint quarters (docs/schedule.md): the integer version of
/// the time-indexed LP of the quarters — b[s,c] "site live by c" and y[k,c] "package done by c" as booleans,
/// non-decreasing in c, a package after its parent, a fibre site after the package at its node, a radio site after its
/// hub site; the metres done by c within the civil-works capacity of quarters 0..c, the CAPEX within the budgets of the
/// years up to c's, the radio sites within the installs. It is a relaxation of the schedule (capacity carried over
/// between quarters, each quarter charged at the next checkpoint, demands and costs rounded in its favour), so its bound
/// is valid; its solutions say which sites to finish by which quarter, and the list scheduler realises them exactly.
/// Where the interval model (<see cref="CpSatScheduleModel"/>) is too large to search, this one still finds good
/// orders: its packages are small against a quarter's capacity, so the choice per quarter is a knapsack.
/// </summary>
internal static class CpSatTimeModel
{
    private const int Seed = 20_280_630;
    private const double Scale = 1000;

    /// <summary>Booleans (items × checkpoints) the model aims at; above, its checkpoints are spread out.</summary>
    public const int MaxBooleans = 130_000;

    /// <summary>Checkpoints after the busy quarters, spread to the end of the horizon.</summary>
    private const int LateCheckpoints = 12;

    /// <summary>Sites the time-indexed models are about (schedulable) and the work packages of their fibre paths.</summary>
    public static int Items(ScheduleProblem p) => Enumerable.Range(0, p.SiteCount).Count(p.Schedulable) + WorkPackages.Of(p).Count;

    /// <summary>
    /// Checkpoint quarters: every quarter up to the quarter after <paramref name="busyUntil"/> (the last quarter a known
    /// schedule has work in; capped at the deadline) while <paramref name="maxBooleans"/> allows, else spread over them;
    /// then up to <see cref="LateCheckpoints"/> spread to the end of the horizon, which is always one (so "never" costs
    /// its full sum). Any set is valid; dense where work happens is what makes the bound tight.
    /// </summary>
    public static int[] Checkpoints(ScheduleProblem p, int items, int busyUntil, int maxBooleans = MaxBooleans)
    {
        var last = p.QuarterCount - 1;
        var dense = Math.Clamp(Math.Min(busyUntil + 1, p.DeadlineIndex), 0, last);
        var count = Math.Max(2, maxBooleans / Math.Max(1, items));
        var before = Math.Clamp(count - Math.Min(LateCheckpoints, last - dense), 1, dense + 1);
        var result = new SortedSet<int>();
        for (var i = 0; i < before; i++)
        {
            result.Add((int)Math.Round((i + 1) * (double)(dense + 1) / before) - 1);
        }

        var after = Math.Min(LateCheckpoints, last - dense);
        for (var i = 0; i < after; i++)
        {
            result.Add(dense + (int)Math.Round((i + 1) * (double)(last - dense) / after));
        }

        // The deadline quarter, where the cost per quarter jumps, is one when it lies in the late part.
        if (p.DeadlineIndex > dense && p.DeadlineIndex <= last)
        {
            result.Add(p.DeadlineIndex);
            result.Add(p.DeadlineIndex - 1);
        }

        result.Add(last);
        return [.. result];
    }


    public static TimeModelOutcome Solve(
        ScheduleProblem p, int[] checkpoints, SimResult hint, double knownBound, double seconds, int threads,
        IProgress<SolverProgress>? progress, CancellationToken ct)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var packages = WorkPackages.Of(p);
        var byEnd = new Dictionary<int, int>();
        for (var k = 0; k < packages.Count; k++)
        {
            byEnd[packages[k].EndNode] = k;
        }

        var spans = ScheduleSpans.Of(p, checkpoints);
        var model = new CpModel();
        var n = checkpoints.Length;
        var y = new BoolVar[packages.Count, n];
        for (var i = 0; i < n; i++)
        {
            for (var k = 0; k < packages.Count; k++)
            {
                y[k, i] = model.NewBoolVar($"y{k}_{i}");
            }
        }

        var b = new SortedDictionary<int, BoolVar[]>();
        var objective = LinearExpr.NewBuilder();
        long constant = 0;

        // Radio sites after fibre and leased ones: their row refers to the hub site's.
        foreach (var s in Enumerable.Range(0, p.SiteCount).Where(p.Schedulable).OrderBy(s => p.Role[s] == SiteRole.Radio ? 1 : 0))
        {
            var row = new BoolVar[n];
            var earliest = p.EarliestLive(s);
            for (var i = 0; i < n; i++)
            {
                row[i] = model.NewBoolVar($"b{s}_{i}");
                if (earliest < 0 || checkpoints[i] < earliest)
                {
                    model.Add(row[i] == 0);
                }

                var cost = (long)Math.Floor((spans[s]![i] * Scale) + 1e-9);
                constant += cost;
                objective.AddTerm(row[i], -cost);
                if (i > 0)
                {
                    model.AddImplication(row[i - 1], row[i]);
                }

                if (p.Role[s] == SiteRole.Fibre)
                {
                    model.AddImplication(row[i], y[byEnd[p.Instance.Graph.SiteNode[s]], i]);
                }
                else if (p.Role[s] == SiteRole.Radio && p.HubSite[s] >= 0 && b.TryGetValue(p.HubSite[s], out var hub))
                {
                    model.AddImplication(row[i], hub[i]);
                }
            }

            b[s] = row;
        }

        Limits(model, p, checkpoints, packages, y, b);
        model.Minimize(objective + constant);
        foreach (var (s, row) in b)
        {
            for (var i = 0; i < n; i++)
            {
                model.AddHint(row[i], hint.Live[s] >= 0 && hint.Live[s] <= checkpoints[i]);
            }
        }

        ct.ThrowIfCancellationRequested();
        using var solver = new CpSolver
        {
            StringParameters = string.Create(CultureInfo.InvariantCulture,
                $"num_workers:{Math.Max(1, threads)} max_time_in_seconds:{Math.Max(0.5, seconds - clock.Elapsed.TotalSeconds):0.###} random_seed:{Seed} log_search_progress:false log_to_stdout:false"),
        };
        using var stop = ct.Register(solver.StopSearch);
        var status = solver.Solve(model, new Reporter(progress, seconds, clock, hint.Objective, knownBound));
        ct.ThrowIfCancellationRequested();
        var planned = Enumerable.Repeat(-1, p.SiteCount).ToArray();
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            var none = status == CpSolverStatus.Unknown ? Math.Floor(solver.BestObjectiveBound) / Scale : double.NaN;
            return new TimeModelOutcome(planned, none, double.NaN);
        }

        foreach (var (s, row) in b)
        {
            for (var i = 0; i < n; i++)
            {
                if (solver.BooleanValue(row[i]))
                {
                    planned[s] = checkpoints[i];
                    break;
                }
            }
        }

        return new TimeModelOutcome(planned, Math.Floor(solver.BestObjectiveBound) / Scale, solver.ObjectiveValue / Scale);
    }

    /// <summary>Per checkpoint: package order, monotone rows, trench metres, budget and radio installs up to it.</summary>
    private static void Limits(
        CpModel model, ScheduleProblem p, int[] checkpoints, List<WorkPackage> packages, BoolVar[,] y, SortedDictionary<int, BoolVar[]> b)
    {
        const double millimetres = 1000;
        const double cents = 100;
        var cumulativeBudget = 0.0;
        var lastYear = -1;
        for (var i = 0; i < checkpoints.Length; i++)
        {
            var c = checkpoints[i];
            for (var year = lastYear + 1; year <= p.YearIndexOf(c); year++)
            {
                cumulativeBudget += p.Budget[year];
            }

            lastYear = Math.Max(lastYear, p.YearIndexOf(c));
            var trench = LinearExpr.NewBuilder();
            var money = LinearExpr.NewBuilder();
            var radio = LinearExpr.NewBuilder();
            for (var k = 0; k < packages.Count; k++)
            {
                trench.AddTerm(y[k, i], (long)Math.Floor(packages[k].Metres * millimetres));
                money.AddTerm(y[k, i], (long)Math.Floor(packages[k].Capex * cents));
                if (packages[k].Parent >= 0)
                {
                    model.AddImplication(y[k, i], y[packages[k].Parent, i]);
                }

                if (i > 0)
                {
                    model.AddImplication(y[k, i - 1], y[k, i]);
                }
            }

            foreach (var (s, row) in b)
            {
                money.AddTerm(row[i], (long)Math.Floor(p.SiteCapex[s] * cents));
                if (p.Role[s] == SiteRole.Radio)
                {
                    radio.AddTerm(row[i], 1);
                }
            }

            model.Add(trench <= (long)Math.Ceiling(p.TrenchPerQuarter * (c + 1) * millimetres));
            model.Add(money <= (long)Math.Ceiling(cumulativeBudget * cents));
            model.Add(radio <= (long)p.RadioPerQuarter * (c + 1));
        }
    }

    /// <summary>
    /// Reports each improving solution with the best schedule known before (the model's own objective is a relaxation's,
    /// not a schedule's) and the better of the known bound and CP-SAT's.
    /// </summary>
    private sealed class Reporter(
        IProgress<SolverProgress>? progress, double seconds, System.Diagnostics.Stopwatch clock, double incumbent, double knownBound)
        : CpSolverSolutionCallback
    {
        private int _solutions;

        public override void OnSolutionCallback()
        {
            _solutions++;
            progress?.Report(new SolverProgress(
                SolverPhase.CpSat, Math.Min(1, clock.Elapsed.TotalSeconds / Math.Max(1, seconds)), _solutions,
                incumbent, Math.Max(knownBound, BestObjectiveBound() / Scale)));
        }
    }
}
