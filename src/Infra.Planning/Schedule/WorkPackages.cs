namespace Infra.Planning.Schedule;

/// <summary>
/// A work package of the built fibre forest: a used tap (no metres) or a maximal chain of path edges between taps,
/// branch points and fibre site nodes, with the package towards its tap.
/// </summary>
/// <param name="EndNode">Node where the package ends (the tap itself for a tap).</param>
/// <param name="Parent">Index of the package towards the tap, −1 for a tap.</param>
/// <param name="IsTap">A tap (splice) rather than edges.</param>
/// <param name="Metres">Trench metres of its edges.</param>
/// <param name="Capex">CAPEX of its edges (or the tap), €.</param>
/// <param name="Edges">Its edges, from the tap side outward.</param>
internal sealed record WorkPackage(int EndNode, int Parent, bool IsTap, double Metres, double Capex, IReadOnlyList<int> Edges);

/// <summary>Splits the fibre paths of a <see cref="ScheduleProblem"/> into <see cref="WorkPackage"/>s.</summary>
internal static class WorkPackages
{
    /// <summary>Taps first (ascending), then edge chains; a chain ends at a branch point or a fibre site node.</summary>
    internal static List<WorkPackage> Of(ScheduleProblem p)
    {
        var graph = p.Instance.Graph;
        var children = new Dictionary<int, List<int>>();
        var siteNodes = new HashSet<int>();
        var usedEdges = new SortedSet<int>();
        var taps = new SortedSet<int>();
        for (var s = 0; s < p.SiteCount; s++)
        {
            if (p.Role[s] != SiteRole.Fibre || p.StructuralNote[s] is not null)
            {
                continue;
            }

            siteNodes.Add(graph.SiteNode[s]);
            taps.Add(p.PathTap[s]);
            foreach (var e in p.Path[s])
            {
                usedEdges.Add(e);
            }
        }

        foreach (var e in usedEdges)
        {
            var edge = graph.Edges[e];
            var child = p.ParentEdge[edge.From] == e ? edge.From : edge.To;
            var parent = edge.Other(child);
            if (!children.TryGetValue(parent, out var list))
            {
                children[parent] = list = [];
            }

            list.Add(e);
        }

        var packages = new List<WorkPackage>();
        var byEnd = new Dictionary<int, int>();
        var stack = new Stack<int>();
        foreach (var tap in taps)
        {
            byEnd[tap] = packages.Count;
            packages.Add(new WorkPackage(tap, -1, true, 0, p.TapCost(tap), []));
            stack.Push(tap);
        }

        // Depth-first from every tap; a chain continues through nodes with one child that are not fibre site nodes.
        while (stack.TryPop(out var start))
        {
            if (!children.TryGetValue(start, out var outgoing))
            {
                continue;
            }

            foreach (var first in outgoing)
            {
                var edges = new List<int> { first };
                var node = graph.Edges[first].Other(start);
                while (!siteNodes.Contains(node) && children.TryGetValue(node, out var next) && next.Count == 1)
                {
                    edges.Add(next[0]);
                    node = graph.Edges[next[0]].Other(node);
                }

                byEnd[node] = packages.Count;
                packages.Add(new WorkPackage(node, byEnd[start], false, edges.Sum(p.EdgeMetres), edges.Sum(p.EdgeCapex), edges));
                stack.Push(node);
            }
        }

        return packages;
    }
}
