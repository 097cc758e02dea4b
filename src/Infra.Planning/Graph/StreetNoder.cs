using Infra.Core.Collections;
using Infra.Core.Network;

namespace Infra.Planning.Graph;

/// <summary>
/// Nodes a street layer into the draft: segment end points, and interior vertices shared with another vertex
/// (streets that cross or touch at a common coordinate), become nodes, merged within the snap tolerance;
/// each segment becomes one edge per stretch between nodes. Crossings without a shared vertex are not noded
/// (street layers carry junction vertices).
/// </summary>
internal static class StreetNoder
{
    /// <summary>Adds the street nodes and edges; returns the number of connected components of the street graph.</summary>
    public static int Node(GraphDraft draft, NodeLookup lookup, IReadOnlyList<StreetSegment> streets, EdgeCosts costs,
        double tolerance, CancellationToken cancellationToken)
    {
        var clusters = new NodeIndex(tolerance);
        var vertexCluster = new int[streets.Count][];
        var occurrences = new List<int>();
        var isEnd = new List<bool>();
        for (var s = 0; s < streets.Count; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var coordinates = streets[s].Geometry.Coordinates;
            var ids = new int[coordinates.Length];
            for (var v = 0; v < coordinates.Length; v++)
            {
                var id = clusters.GetOrAdd(coordinates[v].X, coordinates[v].Y);
                if (id == occurrences.Count)
                {
                    occurrences.Add(0);
                    isEnd.Add(false);
                }

                // A vertex repeated inside one segment (a consecutive duplicate) is not a junction.
                if (v == 0 || ids[v - 1] != id)
                {
                    occurrences[id]++;
                }

                if (v == 0 || v == coordinates.Length - 1)
                {
                    isEnd[id] = true;
                }

                ids[v] = id;
            }

            vertexCluster[s] = ids;
        }

        var clusterNode = new int[clusters.Count];
        Array.Fill(clusterNode, -1);
        var firstStreetNode = draft.Nodes.Count;
        for (var s = 0; s < streets.Count; s++)
        {
            var segment = streets[s];
            var coordinates = segment.Geometry.Coordinates;
            var ids = vertexCluster[s];
            if (coordinates.Length < 2)
            {
                continue;
            }

            var (perM, trench, kind) = costs.Street(segment.Surface, segment.FreeDuct);
            string[] source = [segment.Id.Value];
            var start = 0;
            for (var v = 1; v < coordinates.Length; v++)
            {
                var id = ids[v];
                if (!(isEnd[id] || occurrences[id] >= 2) || id == ids[start])
                {
                    continue;
                }

                var from = NodeOf(draft, lookup, clusters, clusterNode, ids[start]);
                var to = NodeOf(draft, lookup, clusters, clusterNode, id);
                var piece = segment.Geometry.Factory.CreateLineString(coordinates[start..(v + 1)]);
                var length = piece.Length;
                draft.AddEdge(from, to, length, trench ? length : 0, length * perM, kind, piece, source);
                start = v;
            }
        }

        return CountComponents(draft, firstStreetNode);
    }

    private static int NodeOf(GraphDraft draft, NodeLookup lookup, NodeIndex clusters, int[] clusterNode, int cluster)
    {
        if (clusterNode[cluster] < 0)
        {
            var (x, y) = clusters[cluster];
            clusterNode[cluster] = draft.AddNode(CandidateNodeKind.Street, x, y);
            lookup.Register(clusterNode[cluster], x, y);
        }

        return clusterNode[cluster];
    }

    private static int CountComponents(GraphDraft draft, int firstNode)
    {
        var count = draft.Nodes.Count - firstNode;
        var sets = new UnionFind(count);
        var components = count;
        foreach (var edge in draft.Edges)
        {
            if (edge is not null && sets.Union(edge.From - firstNode, edge.To - firstNode))
            {
                components--;
            }
        }

        return components;
    }
}
