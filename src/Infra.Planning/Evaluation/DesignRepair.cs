using Infra.Core.Sites;
using Infra.Planning.Instance;

namespace Infra.Planning.Evaluation;

/// <summary>
/// Makes a design's fibre part connected: a fibre site that built edges do not join to a used tap gets the
/// cheapest path (by CAPEX) from what is already connected, or from a new tap. Solutions of a model whose
/// connectivity cuts were separated lazily can lack a few; everything else of the design is kept.
/// </summary>
internal static class DesignRepair
{
    public static NetworkDesign ConnectFibreSites(PlanningInstance instance, NetworkDesign design)
    {
        var graph = instance.Graph;
        var built = (bool[])design.EdgeBuilt.Clone();
        var taps = (bool[])design.TapUsed.Clone();
        foreach (var site in Enumerable.Range(0, design.Technology.Length).Where(s => design.Technology[s] == Technology.Fibre))
        {
            if (!graph.SiteNode.TryGetValue(site, out var target))
            {
                continue;
            }

            var connected = Connected(instance, built, taps);
            if (connected[target])
            {
                continue;
            }

            AddCheapestPath(instance, connected, built, taps, target);
        }

        return design with { EdgeBuilt = built, TapUsed = taps };
    }

    /// <summary>Nodes joined to a used tap through built edges.</summary>
    internal static bool[] Connected(PlanningInstance instance, bool[] built, bool[] taps)
    {
        var graph = instance.Graph;
        var seen = new bool[graph.Nodes.Count];
        var stack = new Stack<int>();
        foreach (var t in graph.TapNodes.Where(t => taps[t]))
        {
            seen[t] = true;
            stack.Push(t);
        }

        while (stack.Count > 0)
        {
            var v = stack.Pop();
            foreach (var e in graph.Incident(v))
            {
                var w = graph.Edges[e].Other(v);
                if (built[e] && !seen[w])
                {
                    seen[w] = true;
                    stack.Push(w);
                }
            }
        }

        return seen;
    }

    private static void AddCheapestPath(PlanningInstance instance, bool[] connected, bool[] built, bool[] taps, int target)
    {
        var graph = instance.Graph;
        var n = graph.Nodes.Count;
        var distance = Enumerable.Repeat(double.PositiveInfinity, n).ToArray();
        var viaEdge = Enumerable.Repeat(-1, n).ToArray();
        var queue = new PriorityQueue<int, double>();
        for (var v = 0; v < n; v++)
        {
            var start = connected[v] ? 0 : graph.Nodes[v].Kind == Graph.CandidateNodeKind.Tap ? graph.Nodes[v].TapCostEuro : double.PositiveInfinity;
            if (start < double.PositiveInfinity)
            {
                distance[v] = start;
                queue.Enqueue(v, start);
            }
        }

        while (queue.TryDequeue(out var v, out var d))
        {
            if (d > distance[v])
            {
                continue;
            }

            if (v == target)
            {
                break;
            }

            foreach (var e in graph.Incident(v))
            {
                var edge = graph.Edges[e];
                var w = edge.Other(v);
                var next = d + (built[e] ? 0 : edge.CapexEuro);
                if (next < distance[w])
                {
                    distance[w] = next;
                    viaEdge[w] = e;
                    queue.Enqueue(w, next);
                }
            }
        }

        if (double.IsPositiveInfinity(distance[target]))
        {
            return;
        }

        var node = target;
        while (viaEdge[node] >= 0 && !connected[node])
        {
            built[viaEdge[node]] = true;
            node = graph.Edges[viaEdge[node]].Other(node);
        }

        if (!connected[node])
        {
            taps[node] = true;
        }
    }
}
