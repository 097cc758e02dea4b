using System.Diagnostics;
using Infra.Planning.Instance;
using Infra.Planning.Solver;

namespace Infra.Planning.Schedule;

/// <summary>
/// Schedules a network design quarter by quarter to the deadline (docs/schedule.md): a list-scheduling baseline, then
/// CP-SAT on the exact quarter model hinted with it, whose solution is used directly where it passes the exact check
/// and also guides list scheduling, then local search while time is
/// left; the best schedule is returned, never one worse than the baseline. Where sites miss the deadline, the smallest
/// extra civil-works capacity and the smallest extra yearly budget that meet it are searched by bisection.
/// </summary>
public static class RolloutScheduler
{
    public static Schedule Build(PlanningInstance instance, NetworkDesign design, ScheduleOptions? options = null, CancellationToken ct = default) =>
        Build(instance, design, options, null, ct);

    /// <summary>As <see cref="Build(PlanningInstance, NetworkDesign, ScheduleOptions?, CancellationToken)"/>, reporting what it does.</summary>
    public static Schedule Build(
        PlanningInstance instance, NetworkDesign design, ScheduleOptions? options, IProgress<SolverProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(design);
        options ??= new ScheduleOptions();
        var clock = Stopwatch.StartNew();
        var problem = new ScheduleProblem(instance, design, options, options.ExtraTrenchMetresPerQuarter, options.ExtraBudgetPerYear);
        var baselineOrder = BaselineOrder(problem);
        var baseline = ListScheduler.Run(problem, baselineOrder, null, ct);
        var best = baseline;
        var method = "Baseline";
        var starts = new List<ScheduleStart> { new(baselineOrder, null, baseline, "Baseline") };
        var bound = CapacityFreeBound(problem);
        var solverStatus = "off";
        progress?.Report(new SolverProgress(SolverPhase.ListSchedule, 0, 0, baseline.Objective, bound));
        void Consider(IEnumerable<ScheduleStart> found)
        {
            foreach (var start in found)
            {
                starts.Add(start);
                if (start.Result.Objective < best.Objective - 1e-9)
                {
                    (best, method) = (start.Result, start.Method);
                }
            }
        }

        if (options.UseSolver && baseline.Objective <= bound + 1e-9)
        {
            solverStatus = "optimal";
        }
        else if (options.UseSolver)
        {
            // The Lagrangian bound quarter by quarter, and the order it suggests: often far better than the baseline's.
            var (lagrangeBound, firstChosen, lagrangeStart) = TimeIndexedStage.Lagrangian(problem, baselineOrder, ct);
            bound = Math.Max(bound, lagrangeBound);
            Consider([lagrangeStart]);
            progress?.Report(new SolverProgress(SolverPhase.ScheduleBound, clock.Elapsed.TotalSeconds / options.TimeLimitSeconds, 0, best.Objective, bound));
            var remaining = Math.Max(0.5, SolverShare * (options.TimeLimitSeconds - clock.Elapsed.TotalSeconds));
            solverStatus = "time-limit";
            if (best.Objective <= bound + 1e-9)
            {
                solverStatus = "optimal";
            }
            else if (Enumerable.Range(0, problem.SiteCount).Count(problem.Schedulable) <= ExactModelSites)
            {
                var guide = CpSatScheduler.Solve(problem, best, remaining, options.Threads, progress, ct);
                solverStatus = guide.Optimal ? "optimal" : "time-limit";
                bound = double.IsNaN(guide.BestBound) ? bound : Math.Max(bound, guide.BestBound);
                if (guide.Schedule is { } direct && direct.Objective < best.Objective - 1e-9)
                {
                    (best, method) = (direct, "CP-SAT");
                }

                if (guide.LiveQuarter.Any(q => q >= 0))
                {
                    Consider(Realisations(problem, guide, baselineOrder, ct));
                }
            }
            else if (TimeIndexedStage.TimeModelFits(problem, best))
            {
                var (timeBound, timeStarts) = TimeIndexedStage.CpSat(problem, best, bound, firstChosen, baselineOrder, remaining, options.Threads, progress, ct);
                bound = double.IsNaN(timeBound) ? bound : Math.Max(bound, timeBound);
                Consider(timeStarts);
            }
        }

        // Local search from every start, best start first, while time is left (on the city the first one uses it up).
        var budget = new RunBudget(clock, options.TimeLimitSeconds, options.MaxLocalSearchRuns);
        foreach (var start in starts.OrderBy(x => x.Result.Objective).ToList())
        {
            if (!options.UseSolver || best.Objective <= bound + 1e-9 || budget.Exhausted)
            {
                break;
            }

            progress?.Report(new SolverProgress(SolverPhase.LocalSearch, clock.Elapsed.TotalSeconds / options.TimeLimitSeconds, budget.Runs, best.Objective, bound));
            var improved = LocalSearch(problem, start.Order, start.Release, start.Result, budget, ct);
            if (improved.Objective < best.Objective - 1e-9)
            {
                best = improved;
                method = start.Method + " + lokale Suche";
            }
        }

        if (options.UseSolver && best.Objective <= bound + 1e-9)
        {
            solverStatus = "optimal";
        }

        bound = Math.Min(bound, best.Objective);
        ExtraCapacityNeeded? extra = null;
        if (options.ComputeExtraCapacity && !MeetsDeadline(problem, best))
        {
            extra = ExtraCapacity(instance, design, options, ct);
        }

        var gap = best.Objective <= 1e-12 ? 0 : (best.Objective - bound) / best.Objective;
        var figures = new ScheduleFigures(method, best.Objective, bound, gap, baseline.Objective, clock.Elapsed.TotalSeconds)
        {
            SolverStatus = solverStatus,
        };
        return ScheduleAssembler.Assemble(problem, best, figures, extra);
    }

    /// <summary>Share of the time left after the bound that CP-SAT gets; local search has the rest.</summary>
    private const double SolverShare = 0.8;

    /// <summary>
    /// Schedulable sites up to which CP-SAT searches the exact interval model (it proves small designs optimal); above,
    /// the time-indexed model, whose search scales (measured on the city: the interval model found nothing better than
    /// the LP orders in its time, the time-indexed one did).
    /// </summary>
    internal const int ExactModelSites = 150;

    /// <summary>
    /// Three realisations of the interval model's quarters by list scheduling: its order only; radio and leased sites
    /// released at their quarter; every site released (fibre sites when digging on their path starts).
    /// </summary>
    private static IEnumerable<ScheduleStart> Realisations(ScheduleProblem problem, CpSatOutcome guide, int[] baselineOrder, CancellationToken ct)
    {
        var order = GuidedOrder(problem, guide.LiveQuarter, baselineOrder);
        var partial = Enumerable.Range(0, problem.SiteCount)
            .Select(s => problem.Role[s] == SiteRole.Fibre ? 0 : Math.Max(0, guide.LiveQuarter[s])).ToArray();
        var full = Enumerable.Range(0, problem.SiteCount)
            .Select(s => problem.Role[s] == SiteRole.Fibre ? Math.Max(0, guide.WorkStart[s]) : Math.Max(0, guide.LiveQuarter[s])).ToArray();
        foreach (var release in new[] { null, partial, full })
        {
            yield return new ScheduleStart(order, release, ListScheduler.Run(problem, order, release, ct), "CP-SAT");
        }
    }

    /// <summary>
    /// Baseline order: by priority (a hub site takes the best priority of the radio sites it serves), then by CAPEX per
    /// site (fibre: its path's edges, tap and own CAPEX), then by index.
    /// </summary>
    internal static int[] BaselineOrder(ScheduleProblem p)
    {
        var weight = (int[])p.Weight.Clone();
        for (var s = 0; s < p.SiteCount; s++)
        {
            if (p.Role[s] == SiteRole.Radio && p.HubSite[s] >= 0)
            {
                weight[p.HubSite[s]] = Math.Max(weight[p.HubSite[s]], p.Weight[s]);
            }
        }

        var cost = new double[p.SiteCount];
        for (var s = 0; s < p.SiteCount; s++)
        {
            cost[s] = p.SiteCapex[s] + p.Path[s].Sum(p.EdgeCapex) + (p.PathTap[s] >= 0 ? p.TapCost(p.PathTap[s]) : 0);
        }

        return Enumerable.Range(0, p.SiteCount).OrderByDescending(s => weight[s]).ThenBy(s => cost[s]).ThenBy(s => s).ToArray();
    }

    /// <summary>Sites up to which the local search evaluates the whole neighbourhood per step (steepest descent).</summary>
    internal const int SteepestDescentSites = 60;

    /// <summary>Places a site may move or swap in one local-search move above <see cref="SteepestDescentSites"/> sites.</summary>
    internal const int MoveWindow = 12;

    /// <summary>
    /// Hill climbing on the list scheduler's input. Moves per site: to any earlier or later place, swapped with each
    /// earlier site, held back until the quarter after its current live quarter or until the next calendar year (budget),
    /// release dropped. Up to
    /// <see cref="SteepestDescentSites"/> sites the best move of the whole neighbourhood is taken (steepest descent),
    /// above that the first improving move (site by site in the current order). Repeats while something improves, until
    /// <paramref name="budget"/> (time or runs) is used up. Deterministic while the run cap, not the clock, ends it.
    /// </summary>
    internal static SimResult LocalSearch(ScheduleProblem p, int[] order, int[]? release, SimResult start, RunBudget budget,
        CancellationToken ct)
    {
        var bestOrder = order.ToList();
        var bestRelease = release?.ToArray() ?? new int[p.SiteCount];
        var best = start;
        var steepest = p.SiteCount <= SteepestDescentSites;
        var improved = true;
        while (improved && !budget.Exhausted)
        {
            improved = false;
            (SimResult Result, List<int> Order, int[] Release)? step = null;
            for (var i = 0; i < bestOrder.Count && !budget.Exhausted && (steepest || step is null); i++)
            {
                if (!p.Schedulable(bestOrder[i]))
                {
                    continue;
                }

                foreach (var (candidateOrder, candidateRelease) in Moves(p, bestOrder, bestRelease, best, i))
                {
                    if (budget.Exhausted)
                    {
                        break;
                    }

                    budget.Runs++;
                    var result = ListScheduler.Run(p, candidateOrder, candidateRelease, ct);
                    if (result.Objective < (step?.Result.Objective ?? best.Objective) - 1e-9)
                    {
                        step = (result, candidateOrder, candidateRelease);
                        if (!steepest)
                        {
                            break;
                        }
                    }
                }
            }

            if (step is { } taken)
            {
                (best, bestOrder, bestRelease) = taken;
                improved = true;
            }
        }

        return best;
    }

    private static IEnumerable<(List<int> Order, int[] Release)> Moves(ScheduleProblem p, List<int> order, int[] release, SimResult current, int i)
    {
        var s = order[i];
        // On large designs a site moves within a window of places, so that one pass over all sites fits the time.
        var window = order.Count <= SteepestDescentSites ? order.Count : MoveWindow;
        for (var target = Math.Max(0, i - window); target < i; target++)
        {
            var moved = new List<int>(order);
            moved.RemoveAt(i);
            moved.Insert(target, s);
            yield return (moved, release);
            var swapped = new List<int>(order);
            (swapped[i], swapped[target]) = (swapped[target], swapped[i]);
            yield return (swapped, release);
        }

        for (var target = i + 1; target < Math.Min(order.Count, i + window + 1); target++)
        {
            var moved = new List<int>(order);
            moved.RemoveAt(i);
            moved.Insert(target, s);
            yield return (moved, release);
        }

        var live = current.Live[s];
        var nextYear = live < 0 ? -1 : live + 4 - ((p.Start.Number - 1 + live) % 4);
        foreach (var value in new[] { live < 0 ? -1 : live + 1, nextYear, 0 })
        {
            if (value >= 0 && value != release[s] && value < p.QuarterCount)
            {
                var changed = (int[])release.Clone();
                changed[s] = value;
                yield return (order, changed);
            }
        }
    }

    /// <summary>Order by the solver's live quarter (never: last), ties in baseline order.</summary>
    internal static int[] GuidedOrder(ScheduleProblem p, int[] solverLive, int[] baselineOrder)
    {
        var rank = new int[p.SiteCount];
        for (var i = 0; i < baselineOrder.Length; i++)
        {
            rank[baselineOrder[i]] = i;
        }

        return Enumerable.Range(0, p.SiteCount)
            .OrderBy(s => solverLive[s] < 0 ? int.MaxValue : solverLive[s])
            .ThenBy(s => rank[s])
            .ToArray();
    }

    /// <summary>Every site at its earliest quarter with unlimited capacity and budget: a valid lower bound.</summary>
    internal static double CapacityFreeBound(ScheduleProblem p) =>
        Enumerable.Range(0, p.SiteCount).Sum(s => p.SiteCost(s, p.EarliestLive(s)));

    /// <summary>Every site that can go live in the design is live by the deadline quarter.</summary>
    internal static bool MeetsDeadline(ScheduleProblem p, SimResult r) =>
        Enumerable.Range(0, p.SiteCount).All(s => !p.Schedulable(s) || (r.Live[s] >= 0 && r.Live[s] <= p.DeadlineIndex));

    /// <summary>
    /// Bisection on multiples of the resolution, with the baseline list scheduler: the smallest extra that meets the
    /// deadline such that one step less does not; null when nine times the scenario's value extra (ten times in all) fails.
    /// </summary>
    private static ExtraCapacityNeeded ExtraCapacity(PlanningInstance instance, NetworkDesign design, ScheduleOptions options, CancellationToken ct)
    {
        bool Meets(double trench, double budget)
        {
            var p = new ScheduleProblem(instance, design, options, options.ExtraTrenchMetresPerQuarter + trench, options.ExtraBudgetPerYear + budget);
            return MeetsDeadline(p, ListScheduler.Run(p, BaselineOrder(p), null, ct));
        }

        var caps = instance.Scenario.Capacities;
        var baseTrench = caps.TrenchMetresPerQuarter + options.ExtraTrenchMetresPerQuarter;
        var allMetres = instance.Graph.Edges.Where(e => e.Index < design.EdgeBuilt.Length && design.EdgeBuilt[e.Index]).Sum(e => e.TrenchMetres);
        var trenchCeiling = baseTrench > 0 ? 9 * baseTrench : allMetres;
        var baseBudget = caps.CapexBudgetPerYear + options.ExtraBudgetPerYear;
        var allCapex = instance.Graph.Edges.Where(e => e.Index < design.EdgeBuilt.Length && design.EdgeBuilt[e.Index]).Sum(e => e.CapexEuro)
                       + instance.Sites.Sum(s => s.Options.Count == 0 ? 0 : s.Options.Max(o => o.CapexEuro));
        var budgetCeiling = baseBudget > 0 ? 9 * baseBudget : allCapex;
        var trench = Search(options.TrenchResolutionMetres, trenchCeiling, step => Meets(step, 0));
        var money = Search(options.BudgetResolutionEuro, budgetCeiling, step => Meets(0, step));
        return new ExtraCapacityNeeded(trench, money, options.TrenchResolutionMetres, options.BudgetResolutionEuro);
    }

    private static double? Search(double resolution, double ceiling, Func<double, bool> meets)
    {
        if (!(resolution > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(resolution), resolution, "resolution must be positive");
        }

        if (meets(0))
        {
            return 0;
        }

        var hi = Math.Max(1, (long)Math.Ceiling(ceiling / resolution));
        if (!meets(hi * resolution))
        {
            return null;
        }

        long lo = 0;
        while (hi - lo > 1)
        {
            var mid = lo + ((hi - lo) / 2);
            if (meets(mid * resolution))
            {
                hi = mid;
            }
            else
            {
                lo = mid;
            }
        }

        return hi * resolution;
    }

    /// <summary>What the local search may still spend: wall time up to a limit and a number of list-scheduling runs.</summary>
    internal sealed class RunBudget(Stopwatch clock, double limitSeconds, int maxRuns)
    {
        public int Runs { get; set; }

        public bool Exhausted => Runs >= maxRuns || clock.Elapsed.TotalSeconds >= limitSeconds;
    }
}
