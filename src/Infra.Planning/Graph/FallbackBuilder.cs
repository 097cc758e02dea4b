using Infra.Core.Collections;

namespace Infra.Planning.Graph;

/// <summary>
/// Without a street layer: joins every site and tap node to its k nearest neighbours among them by straight
/// <see cref="CandidateEdgeKind.Fallback"/> edges (length = distance × detour factor, paved trench cost), then joins
/// each site whose component still has no tap to its nearest tap.
/// </summary>
internal static class FallbackBuilder
{
    public static void Connect(GraphDraft draft, EdgeCosts costs, int neighbours, double detourFactor, CancellationToken cancellationToken)
    {
        var points = new List<(int Id, double X, double Y)>();
        var tapPoints = new List<(int Id, double X, double Y)>();
        for (var n = 0; n < draft.Nodes.Count; n++)
        {
            var node = draft.Nodes[n];
            if (node.Kind is CandidateNodeKind.Site or CandidateNodeKind.Tap)
            {
                points.Add((n, node.X, node.Y));
            }

            if (node.Kind == CandidateNodeKind.Tap)
            {
                tapPoints.Add((n, node.X, node.Y));
            }
        }

        var grid = new PointGrid(points);
        var pairs = new HashSet<(int, int)>();
        var nearest = new List<(double Distance, int Id)>();
        foreach (var (id, x, y) in points)
        {
            cancellationToken.ThrowIfCancellationRequested();
            grid.Nearest(x, y, neighbours, id, nearest);
            foreach (var (_, other) in nearest)
            {
                if (pairs.Add((Math.Min(id, other), Math.Max(id, other))))
                {
                    AddFallbackEdge(draft, Math.Min(id, other), Math.Max(id, other), costs, detourFactor);
                }
            }
        }

        ConnectSitesToTaps(draft, tapPoints, costs, detourFactor);
    }

    private static void ConnectSitesToTaps(GraphDraft draft, List<(int Id, double X, double Y)> tapPoints, EdgeCosts costs,
        double detourFactor)
    {
        if (tapPoints.Count == 0)
        {
            return;
        }

        var sets = new UnionFind(draft.Nodes.Count);
        foreach (var edge in draft.Edges)
        {
            if (edge is not null)
            {
                sets.Union(edge.From, edge.To);
            }
        }

        var hasTap = new bool[draft.Nodes.Count];
        foreach (var (id, _, _) in tapPoints)
        {
            hasTap[sets.Find(id)] = true;
        }

        var taps = new PointGrid(tapPoints);
        for (var n = 0; n < draft.Nodes.Count; n++)
        {
            var node = draft.Nodes[n];
            if (node.Kind != CandidateNodeKind.Site || hasTap[sets.Find(n)])
            {
                continue;
            }

            var tap = taps.Nearest(node.X, node.Y);
            AddFallbackEdge(draft, n, tap, costs, detourFactor);
            sets.Union(n, tap);
            hasTap[sets.Find(n)] = true;
        }
    }

    private static void AddFallbackEdge(GraphDraft draft, int from, int to, EdgeCosts costs, double detourFactor)
    {
        var a = draft.Nodes[from];
        var b = draft.Nodes[to];
        var line = EdgeCosts.Line(a.X, a.Y, b.X, b.Y);
        var length = line.Length * detourFactor;
        draft.AddEdge(from, to, length, length, length * costs.PavedPerM, CandidateEdgeKind.Fallback, line, []);
    }
}
