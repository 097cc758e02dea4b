namespace Infra.Planning.Graph;

/// <summary>
/// Shrinks a candidate graph before optimisation. The exact reductions never remove an edge an optimal design could
/// use: dominated parallel edges, non-terminal nodes of degree 0 or 1 (iteratively), taps without edges, and
/// non-terminal street nodes of degree 2 (contracted into one edge when both edges are of one kind). With
/// <c>pathsPerSite</c> &gt; 0 the graph is further restricted to the union of a few cheap paths per site, which is
/// NOT exact; <see cref="CandidateGraphStats.PathsPerSite"/> of the result says so. Nodes and edges are renumbered
/// densely in their original order; the result is deterministic.
/// </summary>
public static class CandidateGraphReducer
{
    public static CandidateGraph Reduce(CandidateGraph graph, int pathsPerSite, CancellationToken cancellationToken = default)
    {
        var exact = ReduceExactly(graph, cancellationToken);
        return pathsPerSite <= 0 ? exact : Restrict(exact, pathsPerSite, cancellationToken);
    }

    /// <summary>The exact reductions only: every optimal design of the input has one of the same cost here.</summary>
    public static CandidateGraph ReduceExactly(CandidateGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var draft = GraphDraft.From(graph);
        ExactReductions.Apply(draft, cancellationToken);
        return draft.ToGraph(graph.Stats with { PathsPerSite = 0 });
    }

    /// <summary>Restricts an exactly reduced graph to the union of <paramref name="pathsPerSite"/> cheap paths per site (not exact).</summary>
    public static CandidateGraph Restrict(CandidateGraph exact, int pathsPerSite, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(exact);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pathsPerSite);
        var keep = PathUnion.Select(exact, pathsPerSite, cancellationToken);
        var restricted = GraphDraft.From(exact);
        for (var e = 0; e < keep.Length; e++)
        {
            if (!keep[e])
            {
                restricted.RemoveEdge(e);
            }
        }

        ExactReductions.Apply(restricted, cancellationToken);
        return restricted.ToGraph(exact.Stats with { PathsPerSite = pathsPerSite });
    }
}
