using NetTopologySuite.Geometries;

namespace Infra.Planning.Graph;

/// <summary>
/// A mutable candidate graph while it is built or reduced: nodes and edges can be added, edges removed
/// (left as null), and nodes dropped. <see cref="ToGraph"/> renumbers densely, keeping the order.
/// </summary>
internal sealed class GraphDraft
{
    private readonly List<List<int>> _incident = [];

    public List<CandidateNode> Nodes { get; } = [];

    public List<bool> NodeAlive { get; } = [];

    public List<CandidateEdge?> Edges { get; } = [];

    public static GraphDraft From(CandidateGraph graph)
    {
        var draft = new GraphDraft();
        foreach (var node in graph.Nodes)
        {
            draft.AddNode(node.Kind, node.X, node.Y, node.SiteIndex, node.TapCostEuro);
        }

        foreach (var edge in graph.Edges)
        {
            draft.AddEdge(edge);
        }

        return draft;
    }

    public int AddNode(CandidateNodeKind kind, double x, double y, int siteIndex = -1, double tapCostEuro = 0)
    {
        var index = Nodes.Count;
        Nodes.Add(new CandidateNode(index, kind, x, y, siteIndex, tapCostEuro));
        NodeAlive.Add(true);
        _incident.Add([]);
        return index;
    }

    public void SetNode(CandidateNode node) => Nodes[node.Index] = node;

    /// <summary>Adds an edge; its index is set to its position. Self-loops are ignored and return -1.</summary>
    public int AddEdge(CandidateEdge edge)
    {
        if (edge.From == edge.To)
        {
            return -1;
        }

        var index = Edges.Count;
        Edges.Add(edge with { Index = index });
        _incident[edge.From].Add(index);
        _incident[edge.To].Add(index);
        return index;
    }

    public int AddEdge(int from, int to, double lengthM, double trenchMetres, double capexEuro, CandidateEdgeKind kind,
        LineString geometry, IReadOnlyList<string> sourceIds) =>
        AddEdge(new CandidateEdge(0, from, to, lengthM, trenchMetres, capexEuro, kind, geometry, sourceIds));

    public void RemoveEdge(int edge)
    {
        var e = Edges[edge];
        if (e is null)
        {
            return;
        }

        Edges[edge] = null;
        _incident[e.From].Remove(edge);
        _incident[e.To].Remove(edge);
    }

    public void RemoveNode(int node)
    {
        var incident = _incident[node];
        while (incident.Count > 0)
        {
            RemoveEdge(incident[^1]);
        }

        NodeAlive[node] = false;
    }

    /// <summary>Live edges at <paramref name="node"/> (a live view: copy before removing while iterating).</summary>
    public List<int> Incident(int node) => _incident[node];

    public CandidateGraph ToGraph(CandidateGraphStats stats)
    {
        var newIndex = new int[Nodes.Count];
        var nodes = new List<CandidateNode>(Nodes.Count);
        for (var i = 0; i < Nodes.Count; i++)
        {
            if (!NodeAlive[i])
            {
                newIndex[i] = -1;
                continue;
            }

            newIndex[i] = nodes.Count;
            nodes.Add(Nodes[i] with { Index = nodes.Count });
        }

        var edges = new List<CandidateEdge>(Edges.Count);
        foreach (var edge in Edges)
        {
            if (edge is not null)
            {
                edges.Add(edge with { Index = edges.Count, From = newIndex[edge.From], To = newIndex[edge.To] });
            }
        }

        return new CandidateGraph(nodes, edges, stats);
    }
}
