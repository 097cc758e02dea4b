using Infra.Planning.Solver;

namespace Infra.Planning.Schedule;

/// <summary>
/// The time-indexed MIP with cumulative variables (docs/schedule.md). Time slots: every quarter up to the deadline (half or
/// whole years when the model would exceed <see cref="MaxBinaryColumns"/>), then the rest of the deadline's year, the next
/// year and blocks of 2, 4, … years to the horizon (tail buckets; a site live in a slot counts as live from its first
/// quarter, capacity is the slot's sum, budget the sum of its years'). Work packages: maximal chains of path edges between a tap,
/// branch points and fibre site nodes. Per package p and slot t: w[p,t] ∈ [0,1] the share dug by the end of t (monotone,
/// metres and CAPEX in proportion), r[p,t] ∈ {0,1} "p and every package towards its tap are done" (monotone,
/// r ≤ w, r ≤ r[parent]); a tap is a package without metres. A fibre site is live with r of the package ending at its
/// node; radio and leased sites have their own monotone l[s,t] (radio: l ≤ r of the hub's package, installs per slot;
/// leased: not live in quarter 0). Rows per slot for trench metres and radio installs, per calendar year for CAPEX.
/// Objective: Σ sites Σ slots (1 − live) × the slot's summed <see cref="ScheduleProblem.NotLiveCost"/>.
/// </summary>
internal static class TimeIndexedModel
{
    /// <summary>Above this many binary columns (estimate), quarters before the deadline are grouped into half or whole years.</summary>
    public const int MaxBinaryColumns = 40_000;

    public static MipOutcome? Solve(ScheduleProblem p, SimResult start, double timeLimitSeconds, int threads, CancellationToken ct)
    {
        var packages = WorkPackages.Of(p);
        var slots = TimeSlots.Of(p, TimeSlots.Grain(p, packages.Count, MaxBinaryColumns));
        var t = slots.Count;
        if (packages.Count == 0 && !Enumerable.Range(0, p.SiteCount).Any(s => p.Schedulable(s) && p.Role[s] != SiteRole.Fibre))
        {
            return null;
        }

        ct.ThrowIfCancellationRequested();
        LinearSolver solver;
        try
        {
            solver = new LinearSolver("rollout-schedule", new SolverParameters
            {
                TimeLimitSeconds = timeLimitSeconds,
                Threads = Math.Max(1, threads),
                RelativeGap = 1e-4,
            });
        }
        catch (SolverUnavailableException)
        {
            return null;
        }

        using (solver)
        {
            var w = new int[packages.Count][];
            var wc = new int[packages.Count][];
            var r = new int[packages.Count][];
            for (var k = 0; k < packages.Count; k++)
            {
                var pk = packages[k];
                r[k] = Vars(solver, t, true, $"r{k}_");
                w[k] = pk.IsTap ? r[k] : Vars(solver, t, false, $"w{k}_");
                wc[k] = pk.IsTap || Homogeneous(p, pk) ? w[k] : Vars(solver, t, false, $"c{k}_");
            }

            var siteVar = new int[p.SiteCount][];
            var packageEndingAt = new Dictionary<int, int>();
            for (var k = 0; k < packages.Count; k++)
            {
                packageEndingAt[packages[k].EndNode] = k;
            }

            for (var s = 0; s < p.SiteCount; s++)
            {
                if (!p.Schedulable(s))
                {
                    continue;
                }

                if (p.Role[s] == SiteRole.Fibre)
                {
                    siteVar[s] = r[packageEndingAt[p.Instance.Graph.SiteNode[s]]];
                }
                else
                {
                    siteVar[s] = Vars(solver, t, true, $"l{s}_");
                    if (p.Role[s] == SiteRole.Leased)
                    {
                        solver.Variables[siteVar[s][0]].SetBounds(0, 0);
                    }
                }
            }

            // Monotone and precedence rows.
            for (var k = 0; k < packages.Count; k++)
            {
                Monotone(solver, r[k]);
                if (!packages[k].IsTap)
                {
                    Monotone(solver, w[k]);
                    for (var i = 0; i < t; i++)
                    {
                        Le(solver, r[k][i], w[k][i]);
                        Le(solver, r[k][i], r[packages[k].Parent][i]);
                    }

                    if (wc[k] != w[k])
                    {
                        Monotone(solver, wc[k]);
                        for (var i = 0; i < t; i++)
                        {
                            Le(solver, r[k][i], wc[k][i]);
                        }
                    }
                }
            }

            for (var s = 0; s < p.SiteCount; s++)
            {
                if (siteVar[s] is null || p.Role[s] == SiteRole.Fibre)
                {
                    continue;
                }

                Monotone(solver, siteVar[s]);
                if (p.Role[s] == SiteRole.Radio && p.HubSite[s] >= 0)
                {
                    var hub = siteVar[p.HubSite[s]];
                    for (var i = 0; i < t; i++)
                    {
                        Le(solver, siteVar[s][i], hub[i]);
                    }
                }
            }

            // Capacity per slot: Σ metres × (w[t] − w[t−1]) ≤ C × quarters; radio installs likewise.
            var idx = new List<int>();
            var coef = new List<double>();
            for (var i = 0; i < t; i++)
            {
                idx.Clear();
                coef.Clear();
                for (var k = 0; k < packages.Count; k++)
                {
                    if (packages[k].Metres > 0)
                    {
                        Delta(w[k], i, packages[k].Metres, idx, coef);
                    }
                }

                if (idx.Count > 0)
                {
                    solver.MakeConstraint(double.NegativeInfinity, p.TrenchPerQuarter * slots[i].Count, idx.ToArray(), coef.ToArray());
                }

                idx.Clear();
                coef.Clear();
                for (var s = 0; s < p.SiteCount; s++)
                {
                    if (siteVar[s] is not null && p.Role[s] == SiteRole.Radio)
                    {
                        Delta(siteVar[s], i, 1, idx, coef);
                    }
                }

                if (idx.Count > 0)
                {
                    solver.MakeConstraint(double.NegativeInfinity, (double)p.RadioPerQuarter * slots[i].Count, idx.ToArray(), coef.ToArray());
                }
            }

            // Budget per calendar year (per block of years for tail slots that span several, the sum of their budgets):
            // the increments of the group's slots telescope to (x[last] − x[first − 1]).
            foreach (var group in slots.Select(s => (s.YearIndex, s.LastYearIndex)).Distinct())
            {
                var first = slots.FindIndex(s => (s.YearIndex, s.LastYearIndex) == group);
                var last = slots.FindLastIndex(s => (s.YearIndex, s.LastYearIndex) == group);
                var money = 0.0;
                for (var y = group.YearIndex; y <= group.LastYearIndex; y++)
                {
                    money += p.Budget[y];
                }

                idx.Clear();
                coef.Clear();
                for (var k = 0; k < packages.Count; k++)
                {
                    if (packages[k].Capex > 0)
                    {
                        Span(wc[k], first, last, packages[k].Capex, idx, coef);
                    }
                }

                for (var s = 0; s < p.SiteCount; s++)
                {
                    if (siteVar[s] is not null && p.SiteCapex[s] > 0)
                    {
                        Span(siteVar[s], first, last, p.SiteCapex[s], idx, coef);
                    }
                }

                if (idx.Count > 0)
                {
                    solver.MakeConstraint(double.NegativeInfinity, money, idx.ToArray(), coef.ToArray());
                }
            }

            // Objective: offset Σ cost − Σ cost × live.
            var objective = new double[solver.NumVariables];
            var offset = 0.0;
            for (var s = 0; s < p.SiteCount; s++)
            {
                if (siteVar[s] is null)
                {
                    continue;
                }

                for (var i = 0; i < t; i++)
                {
                    var c = 0.0;
                    for (var q = slots[i].First; q <= slots[i].Last; q++)
                    {
                        c += p.NotLiveCost(s, q);
                    }

                    offset += c;
                    objective[siteVar[s][i]] -= c;
                }
            }

            solver.Objective().SetCoefficients(objective);
            solver.Objective().SetOffset(offset);
            solver.Objective().SetMinimization();
            solver.Parameters = solver.Parameters with { MipStart = MipStartValues.Of(p, start, slots, packages, r, w, wc, siteVar, solver.NumVariables) };
            ct.ThrowIfCancellationRequested();
            var result = solver.Solve();
            if (!result.HasSolution)
            {
                return new MipOutcome([], [], double.NaN, result.BestBound, result.Status, solver.NumVariables, solver.NumConstraints,
                    result.WallTime.TotalSeconds);
            }

            var live = Enumerable.Repeat(-1, p.SiteCount).ToArray();
            for (var s = 0; s < p.SiteCount; s++)
            {
                if (siteVar[s] is null)
                {
                    continue;
                }

                for (var i = 0; i < t; i++)
                {
                    if (result.Values[siteVar[s][i]] > 0.5)
                    {
                        live[s] = slots[i].First;
                        break;
                    }
                }
            }

            var firstWork = new int[packages.Count];
            for (var k = 0; k < packages.Count; k++)
            {
                var slot = Enumerable.Range(0, t).FirstOrDefault(i => result.Values[w[k][i]] > 1e-6, -1);
                var own = slot < 0 ? int.MaxValue : slots[slot].First;
                firstWork[k] = packages[k].Parent >= 0 ? Math.Min(own, firstWork[packages[k].Parent]) : own;
            }

            var workStart = Enumerable.Repeat(-1, p.SiteCount).ToArray();
            for (var s = 0; s < p.SiteCount; s++)
            {
                if (siteVar[s] is not null && p.Role[s] == SiteRole.Fibre)
                {
                    var k = packageEndingAt[p.Instance.Graph.SiteNode[s]];
                    workStart[s] = firstWork[k] == int.MaxValue ? -1 : firstWork[k];
                }
            }

            return new MipOutcome(live, workStart, result.ObjectiveValue, result.BestBound, result.Status, solver.NumVariables,
                solver.NumConstraints, result.WallTime.TotalSeconds);
        }
    }

    /// <summary>
    /// Whether CAPEX and metres of a package's edges are proportional, so that one share variable can carry both;
    /// otherwise the CAPEX share gets its own variable and the model stays a relaxation of digging edge by edge.
    /// </summary>
    private static bool Homogeneous(ScheduleProblem p, WorkPackage package)
    {
        if (package.Metres <= 0)
        {
            return package.Capex <= 0;
        }

        var ratio = package.Capex / package.Metres;
        return package.Edges.All(e => Math.Abs(p.EdgeCapex(e) - (ratio * p.EdgeMetres(e))) <= 1e-6 * Math.Max(1, p.EdgeCapex(e)));
    }

    private static int[] Vars(LinearSolver solver, int count, bool integer, string prefix)
    {
        var result = new int[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = solver.MakeVar(0, 1, integer, prefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Index;
        }

        return result;
    }

    private static void Monotone(LinearSolver solver, int[] x)
    {
        for (var i = 1; i < x.Length; i++)
        {
            Le(solver, x[i - 1], x[i]);
        }
    }

    /// <summary>a − b ≤ 0.</summary>
    private static void Le(LinearSolver solver, int a, int b) =>
        solver.MakeConstraint(double.NegativeInfinity, 0, [a, b], [1.0, -1.0]);

    private static void Delta(int[] x, int i, double c, List<int> idx, List<double> coef)
    {
        idx.Add(x[i]);
        coef.Add(c);
        if (i > 0)
        {
            idx.Add(x[i - 1]);
            coef.Add(-c);
        }
    }

    private static void Span(int[] x, int first, int last, double c, List<int> idx, List<double> coef)
    {
        idx.Add(x[last]);
        coef.Add(c);
        if (first > 0)
        {
            idx.Add(x[first - 1]);
            coef.Add(-c);
        }
    }
}
