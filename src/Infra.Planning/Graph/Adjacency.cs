namespace Infra.Planning.Graph;

/// <summary>
/// A candidate graph's arcs in flat arrays (both directions of every edge): the arcs of node v are
/// <c>Offset[v] .. Offset[v + 1] - 1</c>, each with its target node, edge index and cost.
/// </summary>
internal sealed class Adjacency
{
    public Adjacency(CandidateGraph graph, Func<CandidateEdge, double> cost)
    {
        var n = graph.Nodes.Count;
        Offset = new int[n + 1];
        foreach (var edge in graph.Edges)
        {
            Offset[edge.From + 1]++;
            Offset[edge.To + 1]++;
        }

        for (var v = 0; v < n; v++)
        {
            Offset[v + 1] += Offset[v];
        }

        var fill = (int[])Offset.Clone();
        Target = new int[Offset[n]];
        Edge = new int[Offset[n]];
        Cost = new double[Offset[n]];
        foreach (var edge in graph.Edges)
        {
            var c = cost(edge);
            (Target[fill[edge.From]], Edge[fill[edge.From]], Cost[fill[edge.From]++]) = (edge.To, edge.Index, c);
            (Target[fill[edge.To]], Edge[fill[edge.To]], Cost[fill[edge.To]++]) = (edge.From, edge.Index, c);
        }
    }

    public int[] Offset { get; }

    public int[] Target { get; }

    public int[] Edge { get; }

    public double[] Cost { get; }
}
