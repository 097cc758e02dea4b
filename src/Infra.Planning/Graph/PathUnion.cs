namespace Infra.Planning.Graph;

/// <summary>
/// The restriction of the candidate graph to a union of cheap paths (not exact): per site, the shortest path to
/// its nearest tap (tap cost included) and the shortest paths to the first few other terminals (sites or taps)
/// a Dijkstra settles within the cost of that nearest tap, so that sites can still relay for each other.
/// </summary>
internal static class PathUnion
{
    /// <summary>Marks the edges to keep.</summary>
    public static bool[] Select(CandidateGraph graph, int pathsPerSite, CancellationToken cancellationToken)
    {
        var keep = new bool[graph.Edges.Count];
        var markedInRun = new int[graph.Edges.Count];
        var run = 1;
        var search = new Dijkstra(graph);
        search.Run(graph.TapNodes.Select(t => (t, graph.Nodes[t].TapCostEuro)));
        var toTap = new double[graph.Nodes.Count];
        var siteNodes = new List<int>();
        for (var v = 0; v < graph.Nodes.Count; v++)
        {
            toTap[v] = search.Distance(v);
            if (graph.Nodes[v].Kind == CandidateNodeKind.Site)
            {
                siteNodes.Add(v);
                Mark(graph, search, v, keep, markedInRun, run);
            }
        }

        var settled = new List<int>();
        foreach (var site in siteNodes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            settled.Clear();
            run++;
            var source = site;
            search.Run([(site, 0)], toTap[site], v => v != source && graph.Nodes[v].Kind != CandidateNodeKind.Street,
                pathsPerSite, settled);
            foreach (var terminal in settled)
            {
                Mark(graph, search, terminal, keep, markedInRun, run);
            }
        }

        return keep;
    }

    /// <summary>Marks the edges of the last run's path that ends at <paramref name="node"/>.</summary>
    private static void Mark(CandidateGraph graph, Dijkstra search, int node, bool[] keep, int[] markedInRun, int run)
    {
        for (var e = search.PredecessorEdge(node); e >= 0; e = search.PredecessorEdge(node))
        {
            if (markedInRun[e] == run)
            {
                // The rest of this path is marked already: the paths of one run form a tree.
                return;
            }

            markedInRun[e] = run;
            keep[e] = true;
            node = graph.Edges[e].Other(node);
        }
    }
}
