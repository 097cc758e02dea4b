using Infra.Core.Collections;
using Infra.Core.Sites;
using Infra.Planning.Graph;
using Infra.Planning.Instance;

namespace Infra.Planning.Evaluation;

/// <summary>
/// Drops built edges and taps a design does not need to connect its fibre sites. Per component of the built
/// edges: a component without a fibre site loses its edges and taps; a component with several used taps keeps the
/// one that leaves the cheapest tree after trimming (ties by tap cost, then node index); a cycle loses its dearest edges (minimum spanning forest by CAPEX, ties by edge
/// index); then leaf edges whose leaf is neither a fibre site nor the component's tap are removed repeatedly.
/// Only removes, so cost, trench metres and CAPEX never rise; fibre sites joined to a used tap stay joined.
/// Technologies and hubs are kept.
/// </summary>
public static class DesignPruner
{
    /// <summary>Taps per component above which the cheapest tap is kept without trying each.</summary>
    private const int MaxTapTrials = 32;

    public static NetworkDesign Prune(PlanningInstance instance, NetworkDesign design)
    {
        DesignEvaluator.CheckShape(instance, design);
        var graph = instance.Graph;
        var n = graph.Nodes.Count;
        var terminal = new bool[n];
        for (var s = 0; s < design.Technology.Length; s++)
        {
            if (design.Technology[s] == Technology.Fibre && graph.SiteNode.TryGetValue(s, out var node))
            {
                terminal[node] = true;
            }
        }

        var taps = new bool[n];
        for (var v = 0; v < n; v++)
        {
            taps[v] = design.TapUsed[v] && graph.Nodes[v].Kind == CandidateNodeKind.Tap;
        }

        var built = SpanningForest(graph, design.EdgeBuilt);
        var component = Components(graph, built, out var count);
        var hasTerminal = new bool[count];
        var tapsOf = new List<int>[count];
        for (var v = 0; v < n; v++)
        {
            var c = component[v];
            hasTerminal[c] |= terminal[v];
            if (taps[v])
            {
                (tapsOf[c] ??= []).Add(v);
            }
        }

        for (var v = 0; v < n; v++)
        {
            taps[v] = false;
        }

        foreach (var edge in graph.Edges)
        {
            if (built[edge.Index] && !hasTerminal[component[edge.From]])
            {
                built[edge.Index] = false;
            }
        }

        for (var c = 0; c < count; c++)
        {
            if (hasTerminal[c] && tapsOf[c] is { Count: > 0 } candidates)
            {
                taps[BestTap(graph, built, terminal, candidates)] = true;
            }
        }

        TrimLeaves(graph, built, v => terminal[v] || taps[v]);
        return design with { EdgeBuilt = built, TapUsed = taps };
    }

    /// <summary>
    /// The tap of a component to keep: the one that leaves the cheapest tree once the other taps' dead ends are
    /// trimmed (tap cost included; ties by tap cost, then node index). With very many taps, the cheapest tap.
    /// </summary>
    private static int BestTap(CandidateGraph graph, bool[] built, bool[] terminal, List<int> candidates)
    {
        var byTapCost = candidates.OrderBy(t => graph.Nodes[t].TapCostEuro).ThenBy(t => t).ToList();
        if (byTapCost.Count == 1 || byTapCost.Count > MaxTapTrials)
        {
            return byTapCost[0];
        }

        var best = -1;
        var bestCost = double.PositiveInfinity;
        foreach (var tap in byTapCost)
        {
            var trial = (bool[])built.Clone();
            TrimLeaves(graph, trial, v => terminal[v] || v == tap);
            var cost = graph.Nodes[tap].TapCostEuro + graph.Edges.Where(e => trial[e.Index]).Sum(e => e.CapexEuro);
            if (cost < bestCost - 1e-9)
            {
                (best, bestCost) = (tap, cost);
            }
        }

        return best;
    }

    /// <summary>Minimum spanning forest of the built edges (Kruskal by CAPEX, ties by index).</summary>
    private static bool[] SpanningForest(CandidateGraph graph, bool[] built)
    {
        var result = new bool[built.Length];
        var sets = new UnionFind(graph.Nodes.Count);
        var order = graph.Edges.Where(e => built[e.Index]).OrderBy(e => e.CapexEuro).ThenBy(e => e.Index);
        foreach (var edge in order)
        {
            if (sets.Union(edge.From, edge.To))
            {
                result[edge.Index] = true;
            }
        }

        return result;
    }

    private static int[] Components(CandidateGraph graph, bool[] built, out int count)
    {
        var component = Enumerable.Repeat(-1, graph.Nodes.Count).ToArray();
        var stack = new Stack<int>();
        count = 0;
        for (var start = 0; start < component.Length; start++)
        {
            if (component[start] >= 0)
            {
                continue;
            }

            component[start] = count;
            stack.Push(start);
            while (stack.Count > 0)
            {
                var v = stack.Pop();
                foreach (var e in graph.Incident(v))
                {
                    var w = graph.Edges[e].Other(v);
                    if (built[e] && component[w] < 0)
                    {
                        component[w] = count;
                        stack.Push(w);
                    }
                }
            }

            count++;
        }

        return component;
    }

    /// <summary>Removes built leaf edges whose leaf is not kept, until none is left.</summary>
    private static void TrimLeaves(CandidateGraph graph, bool[] built, Func<int, bool> keep)
    {
        var degree = new int[graph.Nodes.Count];
        foreach (var edge in graph.Edges.Where(e => built[e.Index]))
        {
            degree[edge.From]++;
            degree[edge.To]++;
        }

        var queue = new Queue<int>();
        for (var v = 0; v < degree.Length; v++)
        {
            if (degree[v] == 1 && !keep(v))
            {
                queue.Enqueue(v);
            }
        }

        while (queue.TryDequeue(out var leaf))
        {
            if (degree[leaf] != 1)
            {
                continue;
            }

            var e = graph.Incident(leaf).First(i => built[i]);
            built[e] = false;
            degree[leaf]--;
            var other = graph.Edges[e].Other(leaf);
            if (--degree[other] == 1 && !keep(other))
            {
                queue.Enqueue(other);
            }
        }
    }
}
