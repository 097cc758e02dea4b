using Google.OrTools.Sat;

namespace Infra.Planning.Schedule;

/// <summary>
/// Redundant time-indexed rows that give CP-SAT's relaxation of the schedule a bound worth having (the interval model
/// alone lets every site go live in quarter 0 in its LP). At checkpoint quarters c before the deadline: b[s,c] = "site s
/// is live by c", y[p,c] ≥ b of every site below work package p (a package is done by c when a site behind it is live);
/// the metres of packages done by c fit the civil-works capacity of quarters 0..c, their CAPEX and that of the live sites
/// the budgets of the years up to c's, the radio sites live by c the installs of quarters 0..c; and
/// live[s] ≥ Σ (c_i − c_{i−1})·(1 − b[s,c_i]). Every row holds for every schedule, so the model stays exact. Checkpoints
/// are every quarter where the model stays small, fewer on large instances (<see cref="MaxBooleans"/>).
/// </summary>
internal sealed class CpSatBoundLayer
{
    /// <summary>Booleans the layer may add; above, checkpoints are spread out.</summary>
    public const int MaxBooleans = 15_000;

    private const double Millimetres = 1000;
    private const double Cents = 100;

    private readonly List<(int Quarter, Dictionary<int, BoolVar> Sites, BoolVar[] Packages)> _checkpoints = [];
    private readonly List<WorkPackage> _packages;
    private readonly Dictionary<int, List<int>> _sitesEndingAt = [];

    private CpSatBoundLayer(List<WorkPackage> packages) => _packages = packages;

    public int Checkpoints => _checkpoints.Count;

    public static CpSatBoundLayer Add(CpModel model, ScheduleProblem p, IntVar?[] live)
    {
        var layer = new CpSatBoundLayer(WorkPackages.Of(p));
        var d = p.DeadlineIndex;
        var sites = Enumerable.Range(0, p.SiteCount).Where(s => live[s] is not null).ToList();
        if (d <= 0 || sites.Count == 0)
        {
            return layer;
        }

        var byEnd = new Dictionary<int, int>();
        for (var k = 0; k < layer._packages.Count; k++)
        {
            byEnd[layer._packages[k].EndNode] = k;
        }

        var endPackage = new Dictionary<int, int>();
        foreach (var s in sites.Where(s => p.Role[s] == SiteRole.Fibre))
        {
            endPackage[s] = byEnd[p.Instance.Graph.SiteNode[s]];
            if (!layer._sitesEndingAt.TryGetValue(endPackage[s], out var list))
            {
                layer._sitesEndingAt[endPackage[s]] = list = [];
            }

            list.Add(s);
        }

        var count = Math.Clamp(MaxBooleans / Math.Max(1, sites.Count + layer._packages.Count), 1, d);
        var checkpoints = Enumerable.Range(0, count).Select(i => (int)Math.Round((i + 1) * (double)d / count) - 1).Distinct().ToList();
        var cumulativeBudget = 0.0;
        var lastYear = -1;
        foreach (var c in checkpoints)
        {
            for (var year = lastYear + 1; year <= p.YearIndexOf(c); year++)
            {
                cumulativeBudget += p.Budget[year];
            }

            lastYear = Math.Max(lastYear, p.YearIndexOf(c));
            var b = new Dictionary<int, BoolVar>();
            foreach (var s in sites)
            {
                var v = model.NewBoolVar($"b{s}_{c}");
                model.Add(live[s]! <= c).OnlyEnforceIf(v);
                model.Add(live[s]! >= c + 1).OnlyEnforceIf(v.Not());
                b[s] = v;
            }

            var y = new BoolVar[layer._packages.Count];
            for (var k = 0; k < y.Length; k++)
            {
                y[k] = model.NewBoolVar($"y{k}_{c}");
            }

            var trench = LinearExpr.NewBuilder();
            var money = LinearExpr.NewBuilder();
            for (var k = 0; k < y.Length; k++)
            {
                var pk = layer._packages[k];
                if (pk.Parent >= 0)
                {
                    model.AddImplication(y[k], y[pk.Parent]);
                }

                trench.AddTerm(y[k], (long)Math.Floor(pk.Metres * Millimetres));
                money.AddTerm(y[k], (long)Math.Floor(pk.Capex * Cents));
            }

            var radio = LinearExpr.NewBuilder();
            foreach (var s in sites)
            {
                money.AddTerm(b[s], (long)Math.Floor(p.SiteCapex[s] * Cents));
                if (endPackage.TryGetValue(s, out var k))
                {
                    model.AddImplication(b[s], y[k]);
                }
                else if (p.Role[s] == SiteRole.Radio)
                {
                    radio.AddTerm(b[s], 1);
                }
            }

            model.Add(trench <= (long)Math.Ceiling(p.TrenchPerQuarter * (c + 1) * Millimetres));
            model.Add(money <= (long)Math.Ceiling(cumulativeBudget * Cents));
            model.Add(radio <= (long)p.RadioPerQuarter * (c + 1));
            layer._checkpoints.Add((c, b, y));
        }

        foreach (var s in sites)
        {
            var sum = LinearExpr.NewBuilder();
            var previous = -1;
            long total = 0;
            foreach (var (c, b, _) in layer._checkpoints)
            {
                sum.AddTerm(b[s], c - previous);
                total += c - previous;
                previous = c;
            }

            model.Add(live[s]! + sum >= total);
        }

        return layer;
    }

    /// <summary>Hints the layer's booleans from a schedule: b from live quarters, y as "a site behind it is live".</summary>
    public void Hint(CpModel model, SimResult start)
    {
        foreach (var (c, b, y) in _checkpoints)
        {
            var done = new bool[_packages.Count];
            foreach (var (s, v) in b)
            {
                var on = start.Live[s] >= 0 && start.Live[s] <= c;
                model.AddHint(v, on);
            }

            // Packages are ordered parents first, so children are marked before their parents in reverse order.
            for (var k = _packages.Count - 1; k >= 0; k--)
            {
                done[k] |= _sitesEndingAt.TryGetValue(k, out var list) && list.Any(s => start.Live[s] >= 0 && start.Live[s] <= c);
                if (done[k] && _packages[k].Parent >= 0)
                {
                    done[_packages[k].Parent] = true;
                }

                model.AddHint(y[k], done[k]);
            }
        }
    }
}
