using NetTopologySuite.Geometries;

namespace Infra.Planning.Graph;

/// <summary>
/// Reductions that no optimal design can notice: parallel edges dominated in CAPEX and trench metres go,
/// non-terminal nodes of degree 0 or 1 go (iteratively), taps without edges go, and a non-terminal street node
/// of degree 2 whose two edges are of one kind is contracted into one edge (lengths, trench metres and costs
/// summed, geometry and source ids joined in order).
/// </summary>
internal static class ExactReductions
{
    public static void Apply(GraphDraft draft, CancellationToken cancellationToken)
    {
        var work = new Stack<int>();
        for (var v = draft.Nodes.Count - 1; v >= 0; v--)
        {
            if (draft.NodeAlive[v])
            {
                RemoveDominatedParallels(draft, v);
                work.Push(v);
            }
        }

        var steps = 0;
        while (work.TryPop(out var v))
        {
            if (++steps % 4096 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (!draft.NodeAlive[v])
            {
                continue;
            }

            var node = draft.Nodes[v];
            var incident = draft.Incident(v);
            if (node.Kind == CandidateNodeKind.Site || (node.Kind == CandidateNodeKind.Tap && incident.Count > 0))
            {
                continue;
            }

            if (incident.Count <= 1)
            {
                var neighbour = incident.Count == 1 ? draft.Edges[incident[0]]!.Other(v) : -1;
                draft.RemoveNode(v);
                if (neighbour >= 0)
                {
                    work.Push(neighbour);
                }
            }
            else if (incident.Count == 2 && node.Kind == CandidateNodeKind.Street)
            {
                Contract(draft, v, work);
            }
        }
    }

    private static void Contract(GraphDraft draft, int v, Stack<int> work)
    {
        var a = draft.Edges[draft.Incident(v)[0]]!;
        var b = draft.Edges[draft.Incident(v)[1]]!;
        if (a.Kind != b.Kind)
        {
            return;
        }

        var u = a.Other(v);
        var w = b.Other(v);
        draft.RemoveNode(v);
        work.Push(u);
        if (u == w)
        {
            // A loop hanging off u: no tree uses it.
            return;
        }

        work.Push(w);
        var sources = JoinSources(a.From == u ? a.SourceIds : a.SourceIds.Reverse(), b.From == v ? b.SourceIds : b.SourceIds.Reverse());
        draft.AddEdge(u, w, a.LengthM + b.LengthM, a.TrenchMetres + b.TrenchMetres, a.CapexEuro + b.CapexEuro, a.Kind,
            JoinGeometry(a, b, u, v), sources);
        RemoveDominatedParallels(draft, u);
    }

    private static LineString JoinGeometry(CandidateEdge a, CandidateEdge b, int u, int v)
    {
        var first = a.From == u ? a.Geometry.Coordinates : a.Geometry.Coordinates.Reverse().ToArray();
        var second = b.From == v ? b.Geometry.Coordinates : b.Geometry.Coordinates.Reverse().ToArray();
        var joined = new Coordinate[first.Length + second.Length - 1];
        Array.Copy(first, joined, first.Length);
        Array.Copy(second, 1, joined, first.Length, second.Length - 1);
        return a.Geometry.Factory.CreateLineString(joined);
    }

    private static string[] JoinSources(IEnumerable<string> first, IEnumerable<string> second)
    {
        var joined = new List<string>(first);
        foreach (var id in second)
        {
            if (joined.Count == 0 || joined[^1] != id)
            {
                joined.Add(id);
            }
        }

        return [.. joined];
    }

    /// <summary>Removes edges at <paramref name="v"/> for which a parallel edge is no dearer and needs no more trench.</summary>
    private static void RemoveDominatedParallels(GraphDraft draft, int v)
    {
        var incident = draft.Incident(v);
        if (incident.Count < 2)
        {
            return;
        }

        var byOther = new Dictionary<int, int>();
        foreach (var e in incident.ToArray())
        {
            var edge = draft.Edges[e]!;
            var other = edge.Other(v);
            if (!byOther.TryGetValue(other, out var kept))
            {
                byOther[other] = e;
                continue;
            }

            var keptEdge = draft.Edges[kept]!;
            if (Dominates(keptEdge, edge))
            {
                draft.RemoveEdge(e);
            }
            else if (Dominates(edge, keptEdge))
            {
                draft.RemoveEdge(kept);
                byOther[other] = e;
            }
        }
    }

    private static bool Dominates(CandidateEdge a, CandidateEdge b) =>
        a.CapexEuro <= b.CapexEuro && a.TrenchMetres <= b.TrenchMetres;
}
