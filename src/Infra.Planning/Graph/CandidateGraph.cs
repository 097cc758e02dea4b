namespace Infra.Planning.Graph;

/// <summary>
/// The graph on which fibre is designed: street (or fallback) edges, drop edges to sites, and taps onto
/// the existing LWL network. A super-root is not stored: every <see cref="CandidateNodeKind.Tap"/> node
/// joins the root at its <see cref="CandidateNode.TapCostEuro"/>.
/// </summary>
public sealed class CandidateGraph
{
    private readonly List<int>[] _incident;

    public CandidateGraph(IReadOnlyList<CandidateNode> nodes, IReadOnlyList<CandidateEdge> edges, CandidateGraphStats stats)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(edges);
        Nodes = nodes;
        Edges = edges;
        Stats = stats;
        _incident = new List<int>[nodes.Count];
        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i].Index != i)
            {
                throw new ArgumentException($"node at position {i} has index {nodes[i].Index}", nameof(nodes));
            }

            _incident[i] = [];
        }

        for (var e = 0; e < edges.Count; e++)
        {
            var edge = edges[e];
            if (edge.Index != e)
            {
                throw new ArgumentException($"edge at position {e} has index {edge.Index}", nameof(edges));
            }

            _incident[edge.From].Add(e);
            _incident[edge.To].Add(e);
        }

        TapNodes = nodes.Where(n => n.Kind == CandidateNodeKind.Tap).Select(n => n.Index).ToArray();
        SiteNode = nodes.Where(n => n.Kind == CandidateNodeKind.Site).ToDictionary(n => n.SiteIndex, n => n.Index);
    }

    public IReadOnlyList<CandidateNode> Nodes { get; }

    public IReadOnlyList<CandidateEdge> Edges { get; }

    /// <summary>Nodes that join the super-root (taps onto existing LWL), ascending.</summary>
    public IReadOnlyList<int> TapNodes { get; }

    /// <summary>Node index per site index, for sites that have a node (sites that cannot get fibre have none).</summary>
    public IReadOnlyDictionary<int, int> SiteNode { get; }

    public CandidateGraphStats Stats { get; }

    /// <summary>Edge indices incident to <paramref name="node"/>, ascending.</summary>
    public IReadOnlyList<int> Incident(int node) => _incident[node];
}
