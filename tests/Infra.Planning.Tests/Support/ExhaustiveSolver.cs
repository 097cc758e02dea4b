using Infra.Core.Sites;
using Infra.Planning.Graph;
using Infra.Planning.Instance;

namespace Infra.Planning.Tests.Support;

/// <summary>
/// The true optimum of a tiny instance, by exact enumeration, over exactly the designs <see cref="PlanChecker"/> accepts,
/// scored by <see cref="PlanChecker.Score"/>.
/// </summary>
/// <remarks>
/// Method. (1) Forests: every subset S of the candidate edges (at most <see cref="MaxEdges"/>) is enumerated. A component of S
/// that holds a tap and a fibre-eligible site node pays its cheapest tap; reach(S) is the set of eligible sites in such
/// components. Subsets with a leaf that is neither a tap nor an eligible site, or with an edge in a component lacking a tap or
/// an eligible site, are skipped: removing that edge keeps reach(S) and costs no more, so a subset at least as good is
/// enumerated. Per reach set the Pareto front of (CAPEX, trench metres) is kept (the objective is the passive factor times
/// CAPEX, the limits bound CAPEX and trench metres), then closed over supersets: front(F) = Pareto of all S with
/// reach(S) ⊇ F, because a forest serving more sites also serves F. (2) Sites: a depth-first search over every site's choices
/// (fibre, each radio candidate hub, leased, unserved), fibre-eligible sites first, with hub limits, the hub-needs-fibre rule,
/// the radio install limit and the CAPEX budget, and at each leaf the cheapest forest of front(fibre set) that fits the budget.
/// Branches are cut only by valid lower bounds: cost so far + each remaining site's cheapest choice + passive factor × the
/// cheapest forest for the fibre sites chosen so far (front(F) only grows dearer as F grows), and the same for CAPEX.
/// </remarks>
public static class ExhaustiveSolver
{
    /// <summary>Most candidate edges the forest enumeration accepts (2^edges subsets).</summary>
    public const int MaxEdges = 22;

    /// <summary>Most fibre-eligible sites (2^sites fibre sets).</summary>
    public const int MaxFibreSites = 14;

    /// <summary>The optimal design and its score; throws <see cref="InvalidOperationException"/> when no design is feasible.</summary>
    public static (NetworkDesign Design, double Score) Solve(PlanningInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var graph = instance.Graph;
        if (graph.Edges.Count > MaxEdges)
        {
            throw new ArgumentException($"{graph.Edges.Count} edges, at most {MaxEdges} for exhaustive search", nameof(instance));
        }

        var n = instance.Sites.Count;
        var bit = Enumerable.Repeat(-1, n).ToArray();
        var eligibleNodes = new List<int>();
        foreach (var site in instance.Sites)
        {
            if (PlanChecker.Admissible(instance, site, Technology.Fibre) && graph.SiteNode.TryGetValue(site.Index, out var node))
            {
                bit[site.Index] = eligibleNodes.Count;
                eligibleNodes.Add(node);
            }
        }

        if (eligibleNodes.Count > MaxFibreSites)
        {
            throw new ArgumentException($"{eligibleNodes.Count} fibre sites, at most {MaxFibreSites} for exhaustive search", nameof(instance));
        }

        var search = new Search(instance, bit, Fronts(instance, eligibleNodes));
        search.Run();
        if (search.BestTechnology is null)
        {
            throw new InvalidOperationException($"instance {instance.Scenario.Name} has no feasible design");
        }

        var design = new NetworkDesign(search.BestTechnology, search.BestHub!, new bool[graph.Edges.Count], new bool[graph.Nodes.Count]);
        var forest = search.BestForest!;
        for (var e = 0; e < graph.Edges.Count; e++)
        {
            design.EdgeBuilt[e] = (forest.EdgeMask >> e & 1) == 1;
        }

        foreach (var tap in Components.Of(graph, forest.EdgeMask, eligibleNodes).UsedTaps)
        {
            design.TapUsed[tap] = true;
        }

        var score = PlanChecker.Score(instance, design);
        if (Math.Abs(score - search.BestScore) > PlanChecker.Tolerance * Math.Max(1, Math.Abs(score)))
        {
            throw new InvalidOperationException($"search score {search.BestScore:R} differs from the design's score {score:R}");
        }

        return (design, score);
    }

    /// <summary>Per fibre set F (bit j = j-th eligible site): Pareto front of forests reaching a superset of F, by CAPEX ascending.</summary>
    private static List<Forest>[] Fronts(PlanningInstance instance, List<int> eligibleNodes)
    {
        var graph = instance.Graph;
        var edges = graph.Edges;
        var sets = 1 << eligibleNodes.Count;
        var exact = new List<Forest>[sets];
        for (var f = 0; f < sets; f++)
        {
            exact[f] = [];
        }

        var terminal = new bool[graph.Nodes.Count];
        foreach (var tap in graph.TapNodes)
        {
            terminal[tap] = true;
        }

        foreach (var node in eligibleNodes)
        {
            terminal[node] = true;
        }

        var degree = new int[graph.Nodes.Count];
        var trenchLimit = instance.TrenchMetresUntilDeadline * (1 + PlanChecker.Tolerance);
        var capexLimit = instance.CapexBudgetUntilDeadline * (1 + PlanChecker.Tolerance);
        for (var mask = 0; mask < 1 << edges.Count; mask++)
        {
            if (HasUselessLeaf(edges, mask, degree, terminal))
            {
                continue;
            }

            var trench = 0.0;
            var capex = 0.0;
            for (var e = 0; e < edges.Count; e++)
            {
                if ((mask >> e & 1) == 1)
                {
                    trench += edges[e].TrenchMetres;
                    capex += edges[e].CapexEuro;
                }
            }

            if (trench > trenchLimit || capex > capexLimit)
            {
                continue;
            }

            var components = Components.Of(graph, mask, eligibleNodes);
            if (components.HasUselessEdge)
            {
                continue;
            }

            capex += components.TapCapex;
            if (capex <= capexLimit)
            {
                AddPareto(exact[components.Reach], new Forest(capex, trench, mask));
            }
        }

        var front = new List<Forest>[sets];
        for (var f = sets - 1; f >= 0; f--)
        {
            var merged = new List<Forest>(exact[f]);
            for (var j = 0; j < eligibleNodes.Count; j++)
            {
                if ((f >> j & 1) == 0)
                {
                    foreach (var forest in front[f | 1 << j])
                    {
                        AddPareto(merged, forest);
                    }
                }
            }

            merged.Sort((a, b) => a.Capex != b.Capex ? a.Capex.CompareTo(b.Capex) : a.Trench.CompareTo(b.Trench));
            front[f] = merged;
        }

        return front;
    }

    /// <summary>A built edge ends in a node of degree one that is neither a tap nor an eligible site: dropping it is no worse.</summary>
    private static bool HasUselessLeaf(IReadOnlyList<CandidateEdge> edges, int mask, int[] degree, bool[] terminal)
    {
        Array.Clear(degree);
        for (var e = 0; e < edges.Count; e++)
        {
            if ((mask >> e & 1) == 1)
            {
                degree[edges[e].From]++;
                degree[edges[e].To]++;
            }
        }

        for (var e = 0; e < edges.Count; e++)
        {
            if ((mask >> e & 1) == 1
                && ((degree[edges[e].From] == 1 && !terminal[edges[e].From]) || (degree[edges[e].To] == 1 && !terminal[edges[e].To])))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddPareto(List<Forest> front, Forest candidate)
    {
        foreach (var f in front)
        {
            if (f.Capex <= candidate.Capex && f.Trench <= candidate.Trench)
            {
                return;
            }
        }

        front.RemoveAll(f => candidate.Capex <= f.Capex && candidate.Trench <= f.Trench);
        front.Add(candidate);
    }

    /// <summary>A set of built edges (bit e = edge e) with its CAPEX (edges and taps) and trench metres.</summary>
    private sealed record Forest(double Capex, double Trench, int EdgeMask);

    private readonly record struct Choice(Technology? Technology, int Hub, double Cost, double Capex);

    /// <summary>Components of a set of built edges: which eligible sites reach a tap, which taps are paid, and whether an edge is wasted.</summary>
    /// <param name="Reach">Bit j set when the j-th eligible site is in a component with a tap.</param>
    /// <param name="TapCapex">Cheapest tap of every component holding a tap and an eligible site.</param>
    /// <param name="HasUselessEdge">An edge lies in a component without a tap or without an eligible site.</param>
    /// <param name="UsedTaps">The taps paid for.</param>
    private sealed record Components(int Reach, double TapCapex, bool HasUselessEdge, List<int> UsedTaps)
    {
        public static Components Of(CandidateGraph graph, int mask, List<int> eligibleNodes)
        {
            var count = graph.Nodes.Count;
            var parent = Enumerable.Range(0, count).ToArray();
            int Find(int x)
            {
                while (parent[x] != x)
                {
                    parent[x] = parent[parent[x]];
                    x = parent[x];
                }

                return x;
            }

            for (var e = 0; e < graph.Edges.Count; e++)
            {
                if ((mask >> e & 1) == 1)
                {
                    parent[Find(graph.Edges[e].From)] = Find(graph.Edges[e].To);
                }
            }

            // Cheapest tap per component root, lowest node index on ties.
            var tap = Enumerable.Repeat(-1, count).ToArray();
            foreach (var t in graph.TapNodes)
            {
                var root = Find(t);
                if (tap[root] < 0 || graph.Nodes[t].TapCostEuro < graph.Nodes[tap[root]].TapCostEuro)
                {
                    tap[root] = t;
                }
            }

            var eligible = new bool[count];
            foreach (var node in eligibleNodes)
            {
                eligible[Find(node)] = true;
            }

            var reach = 0;
            for (var j = 0; j < eligibleNodes.Count; j++)
            {
                reach |= tap[Find(eligibleNodes[j])] >= 0 ? 1 << j : 0;
            }

            var useless = false;
            for (var e = 0; e < graph.Edges.Count && !useless; e++)
            {
                var root = Find(graph.Edges[e].From);
                useless = (mask >> e & 1) == 1 && (tap[root] < 0 || !eligible[root]);
            }

            var taps = new List<int>();
            var tapCapex = 0.0;
            for (var v = 0; v < count; v++)
            {
                if (Find(v) == v && tap[v] >= 0 && eligible[v])
                {
                    taps.Add(tap[v]);
                    tapCapex += graph.Nodes[tap[v]].TapCostEuro;
                }
            }

            return new Components(reach, tapCapex, useless, taps);
        }
    }

    /// <summary>Depth-first branch and bound over the sites' choices.</summary>
    private sealed class Search
    {
        private readonly PlanningInstance _instance;
        private readonly int[] _bit;
        private readonly List<Forest>[] _front;
        private readonly int[] _order;
        private readonly Choice[][] _choices;
        private readonly double[] _restCost;
        private readonly double[] _restCapex;
        private readonly Technology?[] _technology;
        private readonly int[] _hub;
        private readonly int[] _links;
        private readonly int[] _required;
        private readonly bool[] _decided;
        private readonly double _factor;
        private readonly double _budget;
        private int _radio;
        private int _fibreMask;

        public Search(PlanningInstance instance, int[] bit, List<Forest>[] front)
        {
            _instance = instance;
            _bit = bit;
            _front = front;
            var n = instance.Sites.Count;
            _order = Enumerable.Range(0, n).OrderBy(i => bit[i] >= 0 ? 0 : 1).ThenBy(i => i).ToArray();
            _choices = _order.Select(i => ChoicesOf(instance.Sites[i])).ToArray();
            _restCost = new double[n + 1];
            _restCapex = new double[n + 1];
            for (var k = n - 1; k >= 0; k--)
            {
                var cheapest = _choices[k].Length == 0 ? double.PositiveInfinity : _choices[k].Min(c => c.Cost);
                _restCost[k] = _restCost[k + 1] + cheapest;
                _restCapex[k] = _restCapex[k + 1] + (_choices[k].Length == 0 ? 0 : _choices[k].Min(c => c.Capex));
            }

            _technology = new Technology?[n];
            _hub = Enumerable.Repeat(-1, n).ToArray();
            _links = new int[instance.Hubs.Count];
            _required = new int[Math.Max(1, bit.Max() + 1)];
            _decided = new bool[n];
            _factor = PlanChecker.PassiveFactor(instance.Scenario);
            _budget = instance.CapexBudgetUntilDeadline * (1 + PlanChecker.Tolerance);
        }

        public double BestScore { get; private set; } = double.PositiveInfinity;

        public Technology?[]? BestTechnology { get; private set; }

        public int[]? BestHub { get; private set; }

        public Forest? BestForest { get; private set; }

        public void Run() => Visit(0, 0, 0);

        private Choice[] ChoicesOf(SiteSpec site)
        {
            var scenario = _instance.Scenario;
            if (site.KeepsCurrentUplink || site.Options.Count == 0)
            {
                return [new Choice(null, -1, 0, 0)];
            }

            var choices = new List<Choice>();
            if (_bit[site.Index] >= 0)
            {
                choices.Add(new Choice(Technology.Fibre, -1, PlanChecker.SiteTerm(scenario, Technology.Fibre),
                    PlanChecker.OptionCost(scenario, Technology.Fibre).Capex));
            }

            if (PlanChecker.Admissible(_instance, site, Technology.Radio))
            {
                var (capex, npv) = PlanChecker.OptionCost(scenario, Technology.Radio);
                foreach (var h in _instance.RadioCandidates.Where(c => c.SiteIndex == site.Index).Select(c => c.HubIndex).Distinct().Order())
                {
                    var hub = h >= 0 && h < _instance.Hubs.Count ? _instance.Hubs[h] : null;
                    if (hub is not null && PlanChecker.RadioCarries(scenario.Costs, site.DemandMbps, PlanChecker.Distance(site.Site, hub))
                        && (hub.HasFibreAlready || (hub.SiteIndex >= 0 && _bit[hub.SiteIndex] >= 0)))
                    {
                        choices.Add(new Choice(Technology.Radio, h, npv, capex));
                    }
                }
            }

            if (PlanChecker.Admissible(_instance, site, Technology.Leased))
            {
                var (capex, npv) = PlanChecker.OptionCost(scenario, Technology.Leased);
                choices.Add(new Choice(Technology.Leased, -1, npv, capex));
            }

            if (scenario.Policies.AllowPartialPlan)
            {
                choices.Add(new Choice(null, -1, PlanChecker.UnservedPenaltyEuro, 0));
            }

            return [.. choices.OrderBy(c => c.Cost)];
        }

        private void Visit(int k, double cost, double capex)
        {
            var front = _front[_fibreMask];
            if (front.Count == 0)
            {
                return;
            }

            var bound = cost + _restCost[k] + (_factor * front[0].Capex);
            if (bound >= BestScore - (1e-9 * Math.Abs(BestScore)) || capex + _restCapex[k] + front[0].Capex > _budget)
            {
                return;
            }

            if (k == _order.Length)
            {
                Leaf(cost, capex, front);
                return;
            }

            var site = _order[k];
            foreach (var choice in _choices[k])
            {
                if (Apply(site, choice))
                {
                    Visit(k + 1, cost + choice.Cost, capex + choice.Capex);
                    Undo(site, choice);
                }
            }
        }

        private void Leaf(double cost, double capex, List<Forest> front)
        {
            for (var j = 0; j < _required.Length; j++)
            {
                if (_required[j] > 0 && (_fibreMask >> j & 1) == 0)
                {
                    return;
                }
            }

            foreach (var forest in front)
            {
                if (capex + forest.Capex <= _budget)
                {
                    var total = cost + (_factor * forest.Capex);
                    if (total < BestScore)
                    {
                        BestScore = total;
                        BestTechnology = (Technology?[])_technology.Clone();
                        BestHub = (int[])_hub.Clone();
                        BestForest = forest;
                    }

                    return;
                }
            }
        }

        /// <summary>Takes the choice if the hub limits, the radio limit and the hub-needs-fibre rule allow it.</summary>
        private bool Apply(int site, Choice choice)
        {
            var bit = _bit[site];
            if (bit >= 0 && choice.Technology != Technology.Fibre && _required[bit] > 0)
            {
                return false;
            }

            var hubSiteBit = -1;
            if (choice.Technology == Technology.Radio)
            {
                var hub = _instance.Hubs[choice.Hub];
                if (_links[choice.Hub] >= hub.MaxLinks || _radio >= _instance.RadioInstallsUntilDeadline)
                {
                    return false;
                }

                if (!hub.HasFibreAlready)
                {
                    hubSiteBit = _bit[hub.SiteIndex];
                    if (_decided[hub.SiteIndex] && _technology[hub.SiteIndex] != Technology.Fibre)
                    {
                        return false;
                    }
                }

                _links[choice.Hub]++;
                _radio++;
                if (hubSiteBit >= 0)
                {
                    _required[hubSiteBit]++;
                }
            }

            if (choice.Technology == Technology.Fibre)
            {
                _fibreMask |= 1 << bit;
            }

            _technology[site] = choice.Technology;
            _hub[site] = choice.Hub;
            _decided[site] = true;
            return true;
        }

        private void Undo(int site, Choice choice)
        {
            if (choice.Technology == Technology.Radio)
            {
                var hub = _instance.Hubs[choice.Hub];
                _links[choice.Hub]--;
                _radio--;
                if (!hub.HasFibreAlready)
                {
                    _required[_bit[hub.SiteIndex]]--;
                }
            }

            if (choice.Technology == Technology.Fibre)
            {
                _fibreMask &= ~(1 << _bit[site]);
            }

            _technology[site] = null;
            _hub[site] = -1;
            _decided[site] = false;
        }
    }
}
