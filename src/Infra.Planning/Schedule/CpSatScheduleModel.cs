using Google.OrTools.Sat;

namespace Infra.Planning.Schedule;

/// <summary>
/// The uplink part of the rollout schedule as a CP-SAT model, exact on quarters (docs/schedule.md): per built edge on
/// a fibre site's path the quarter its digging ends (an interval of ceil(metres / C) quarters in a cumulative of the
/// civil-works capacity), per used tap the quarter the first edge from it starts, per site its live quarter (fibre:
/// the last edge of its path; radio: no earlier than the hub site, in a cumulative of the radio installs; leased: not
/// in quarter 0), and the yearly CAPEX budgets as a cumulative over calendar years. Every item may also be "never"
/// (quarter <see cref="Never"/>), as in the list scheduler when nothing fits the horizon. Orphan edges and taps and WLAN
/// come after the uplinks with what they leave (<see cref="ListScheduler.Finish"/>), as the rules say.
/// <para>
/// <see cref="CpSatBoundLayer"/> adds redundant time-indexed rows for the bound.
/// </para>
/// <para>
/// Rounded so that the model is a relaxation: demands (millimetres, cents) rounded down, capacities up, objective
/// coefficients down, and the late part of the objective below its exact value (the discounted bridging fee of the
/// last quarter for every quarter past the deadline). So CP-SAT's bound divided by <see cref="Scale"/> is a valid lower
/// bound of the objective; a solution is checked exactly before it is used.
/// </para>
/// </summary>
internal sealed class CpSatScheduleModel
{
    /// <summary>Objective points are multiplied by this and rounded down.</summary>
    public const double Scale = 1000;

    private const double Millimetres = 1000;
    private const double Cents = 100;

    private CpSatScheduleModel(ScheduleProblem p)
    {
        Problem = p;
        Never = p.QuarterCount;
    }

    public ScheduleProblem Problem { get; }

    public CpModel Model { get; } = new();

    /// <summary>The scaled objective (points × <see cref="Scale"/>, rounded down per term).</summary>
    public LinearExpr Objective { get; private set; } = LinearExpr.Constant(0);

    /// <summary>Quarter index meaning "not within the horizon".</summary>
    public int Never { get; }

    /// <summary>Per candidate edge: the quarter its digging ends, or null when it is not on a path.</summary>
    public IntVar?[] EdgeDone { get; private set; } = [];

    /// <summary>Per candidate node: the quarter the tap is made, or null.</summary>
    public IntVar?[] TapDone { get; private set; } = [];

    /// <summary>Per site: its live quarter, or null when it is not scheduled here (kept, unserved, no path).</summary>
    public IntVar?[] Live { get; private set; } = [];

    private CpSatBoundLayer? _bound;

    /// <summary>All decision and auxiliary variables with their value in a given schedule, for the hint.</summary>
    private readonly List<(IntVar Variable, Func<SimResult, long> Value)> _hints = [];

    public static CpSatScheduleModel Build(ScheduleProblem p)
    {
        var m = new CpSatScheduleModel(p);
        m.BuildItems();
        return m;
    }

    /// <summary>Hints every variable with its value in <paramref name="start"/> (the list schedule).</summary>
    public void Hint(SimResult start)
    {
        Model.ClearHints();
        foreach (var (variable, value) in _hints)
        {
            Model.AddHint(variable, value(start));
        }

        _bound?.Hint(Model, start);
    }

    private long Q(int quarter) => quarter < 0 ? Never : quarter;

    private void BuildItems()
    {
        var p = Problem;
        var graph = p.Instance.Graph;
        EdgeDone = new IntVar?[graph.Edges.Count];
        TapDone = new IntVar?[graph.Nodes.Count];
        Live = new IntVar?[p.SiteCount];
        var budgetItems = new List<BudgetItem>();
        var trench = Model.AddCumulative((long)Math.Ceiling(p.TrenchPerQuarter * Millimetres));
        var firstEdgeStarts = new Dictionary<int, List<LinearExpr>>();
        for (var s = 0; s < p.SiteCount; s++)
        {
            if (p.Role[s] != SiteRole.Fibre || !p.Schedulable(s))
            {
                continue;
            }

            foreach (var e in p.Path[s])
            {
                if (EdgeDone[e] is not null)
                {
                    continue;
                }

                var k = p.QuartersFor(p.EdgeMetres(e));
                var done = k == int.MaxValue || k > Never ? Model.NewConstant(Never) : Model.NewIntVar(k - 1, Never, $"d{e}");
                EdgeDone[e] = done;
                var edge = e;
                _hints.Add((done, r => Q(r.EdgeDone[edge])));
                budgetItems.Add(new BudgetItem(done, (long)Math.Floor(p.EdgeCapex(e) * Cents), r => Q(r.EdgeDone[edge]), k == int.MaxValue || k > Never));
                if (k == int.MaxValue || k > Never)
                {
                    continue;
                }

                var present = Present(done, $"pd{e}", r => r.EdgeDone[edge] >= 0);
                var metres = p.EdgeMetres(e);
                if (metres > 1e-9)
                {
                    var interval = Model.NewOptionalFixedSizeIntervalVar(done - (k - 1), k, present, $"dig{e}");
                    trench.AddDemand(interval, (long)Math.Floor(metres / k * Millimetres));
                }

                if (p.EdgeTap[e] >= 0)
                {
                    // The start of the first edge from a tap, or Never when it is not dug.
                    var start = Model.NewIntVar(0, Never, $"s{e}");
                    Model.Add(start == done - (k - 1)).OnlyEnforceIf(present);
                    Model.Add(start == Never).OnlyEnforceIf(present.Not());
                    _hints.Add((start, r => r.EdgeDone[edge] >= 0 ? r.EdgeDone[edge] - (k - 1) : Never));
                    if (!firstEdgeStarts.TryGetValue(p.EdgeTap[e], out var list))
                    {
                        firstEdgeStarts[p.EdgeTap[e]] = list = [];
                    }

                    list.Add(start);
                }
            }
        }

        foreach (var (tap, starts) in firstEdgeStarts)
        {
            var made = Model.NewIntVar(0, Never, $"t{tap}");
            Model.AddMinEquality(made, starts);
            TapDone[tap] = made;
            var node = tap;
            _hints.Add((made, r => Q(r.TapDone[node])));
            budgetItems.Add(new BudgetItem(made, (long)Math.Floor(p.TapCost(tap) * Cents), r => Q(r.TapDone[node]), false));
        }

        SitesAndObjective(budgetItems);
        Budget(budgetItems);
        _bound = CpSatBoundLayer.Add(Model, p, Live);
    }

    private BoolVar Present(IntVar when, string name, Func<SimResult, bool> hint)
    {
        var present = Model.NewBoolVar(name);
        Model.Add(when <= Never - 1).OnlyEnforceIf(present);
        Model.Add(when == Never).OnlyEnforceIf(present.Not());
        _hints.Add((present, r => hint(r) ? 1 : 0));
        return present;
    }

    private void SitesAndObjective(List<BudgetItem> budgetItems)
    {
        var p = Problem;
        var radio = Model.AddCumulative(p.RadioPerQuarter);
        var objective = LinearExpr.NewBuilder();
        var d = p.DeadlineIndex;
        // Radio sites depend on their hub site's live variable: fibre and leased sites first.
        foreach (var s in Enumerable.Range(0, p.SiteCount).OrderBy(s => p.Role[s] == SiteRole.Radio ? 1 : 0))
        {
            if (!p.Schedulable(s))
            {
                continue;
            }

            var site = s;
            IntVar live;
            switch (p.Role[s])
            {
                case SiteRole.Fibre:
                    live = Model.NewIntVar(0, Never, $"L{s}");
                    Model.AddMaxEquality(live, p.Path[s].Select(e => (LinearExpr)EdgeDone[e]!));
                    break;
                case SiteRole.Radio:
                    live = p.RadioPerQuarter <= 0 ? Model.NewConstant(Never) : Model.NewIntVar(0, Never, $"L{s}");
                    if (p.HubSite[s] >= 0 && Live[p.HubSite[s]] is { } hub)
                    {
                        Model.Add(live >= hub);
                    }

                    if (p.RadioPerQuarter > 0)
                    {
                        var present = Present(live, $"pr{s}", r => r.Live[site] >= 0);
                        radio.AddDemand(Model.NewOptionalFixedSizeIntervalVar(live, 1, present, $"radio{s}"), 1);
                    }

                    break;
                default:
                    live = Model.NewIntVar(1, Never, $"L{s}");
                    break;
            }

            // A site whose Planung or permit is outstanding (re-plan) goes live no earlier than its release, as in the list schedule.
            if (p.Release[s] > 0)
            {
                Model.Add(live >= p.Release[s]);
            }

            Live[s] = live;
            _hints.Add((live, r => Q(r.Live[site])));
            budgetItems.Add(new BudgetItem(live, (long)Math.Floor(p.SiteCapex[s] * Cents), r => Q(r.Live[site]), p.Role[s] == SiteRole.Radio && p.RadioPerQuarter <= 0));

            // live = onTime + late with onTime ≤ D, late > 0 only when onTime = D; cost w per quarter up to D, then the
            // deadline quarter's cost, then the cheapest later quarter's cost per further quarter (a lower estimate).
            var onTime = Model.NewIntVar(0, d, $"m{s}");
            var late = Model.NewIntVar(0, Never - d, $"e{s}");
            var isLate = Model.NewBoolVar($"z{s}");
            Model.Add(live == onTime + late);
            Model.Add(onTime >= d * isLate);
            Model.Add(late <= (Never - d) * isLate);
            Model.Add(late >= isLate);
            _hints.Add((onTime, r => Math.Min(Q(r.Live[site]), d)));
            _hints.Add((late, r => Math.Max(0, Q(r.Live[site]) - d)));
            _hints.Add((isLate, r => Q(r.Live[site]) > d ? 1 : 0));
            var slope = Enumerable.Range(d + 1, Math.Max(0, Never - d - 1)).Select(q => p.NotLiveCost(s, q)).DefaultIfEmpty(p.NotLiveCost(s, d)).Min();
            objective.AddTerm(onTime, Floor(p.Weight[s]));
            objective.AddTerm(isLate, Floor(p.NotLiveCost(s, d) - slope));
            objective.AddTerm(late, Floor(slope));
        }

        Objective = objective;
        Model.Minimize(objective);
    }

    private static long Floor(double points) => (long)Math.Floor((points * Scale) + 1e-9);

    /// <summary>
    /// Yearly budgets as one cumulative over years: an item charged in quarter q uses year (start's quarter of year + q) / 4;
    /// capacity is the largest budget, and each year with less gets a fixed blocker of the difference.
    /// </summary>
    private void Budget(List<BudgetItem> items)
    {
        var p = Problem;
        var years = p.YearIndexOf(Never - 1) + 1;
        var budget = Enumerable.Range(0, years).Select(y => (long)Math.Ceiling(p.Budget[y] * Cents)).ToArray();
        var capacity = budget.Max();
        var cumulative = Model.AddCumulative(capacity);
        for (var y = 0; y < years; y++)
        {
            if (budget[y] < capacity)
            {
                cumulative.AddDemand(Model.NewFixedSizeIntervalVar(Model.NewConstant(y), 1, $"b{y}"), capacity - budget[y]);
            }
        }

        var offset = p.Start.Number - 1;
        var index = 0;
        foreach (var item in items)
        {
            if (item.Cents <= 0 || item.NeverDone)
            {
                continue;
            }

            var year = Model.NewIntVar(0, years, $"y{index}");
            Model.AddDivisionEquality(year, item.When + offset, Model.NewConstant(4));
            _hints.Add((year, r => (item.Hint(r) + offset) / 4));
            var present = Present(item.When, $"py{index}", r => item.Hint(r) < Never);
            cumulative.AddDemand(Model.NewOptionalFixedSizeIntervalVar(year, 1, present, $"money{index}"), item.Cents);
            index++;
        }
    }

    /// <summary>CAPEX charged in the quarter <paramref name="When"/>; <paramref name="NeverDone"/> for items fixed to Never.</summary>
    private sealed record BudgetItem(IntVar When, long Cents, Func<SimResult, long> Hint, bool NeverDone);
}
