namespace Infra.Planning.Design;

/// <summary>
/// Finds directed cuts violated by a (fractional or integral) solution: for a fibre site i and a node set S
/// that holds i but not the root, the arcs entering S must carry at least f(i). Sites that the support graph
/// does not join to the root get the cut of all nodes that reach them (cheap, by search); the others are
/// checked by max-flow from the root, taking the cut closest to the site (back-cut) and, by saturating it,
/// further nested cuts.
/// </summary>
internal sealed class DirectedCutSeparator
{
    private const double Epsilon = 1e-6;
    private readonly NetworkDesignModel _model;
    private readonly HashSet<string> _seen = [];

    public DirectedCutSeparator(NetworkDesignModel model, int nestedCuts = 3, double tolerance = 1e-4)
    {
        _model = model;
        NestedCuts = nestedCuts;
        Tolerance = tolerance;
    }

    public int NestedCuts { get; }

    public double Tolerance { get; }

    /// <summary>Violated cuts as rows Σ x(δ⁻(S)) − f(i) ≥ 0, at most <paramref name="maxCuts"/>, none repeated across calls.</summary>
    public List<SparseRow> Separate(IReadOnlyList<double> x, int maxCuts, CancellationToken cancellationToken = default)
    {
        var nodes = _model.Instance.Graph.Nodes.Count;
        var root = nodes;
        var support = new List<(int Tail, int Head, double Value, int Column)>();
        for (var v = 0; v < nodes; v++)
        {
            foreach (var (column, tail) in _model.InArcs[v])
            {
                if (x[column] > Epsilon)
                {
                    support.Add((tail < 0 ? root : tail, v, x[column], column));
                }
            }
        }

        var reached = Reachable(nodes + 1, support, root, forward: true);
        var cuts = new List<SparseRow>();
        foreach (var (site, node) in _model.FibreSites)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var demand = x[_model.FibreColumn[site]];
            if (demand <= Tolerance || cuts.Count >= maxCuts)
            {
                continue;
            }

            if (!reached[node])
            {
                AddCut(cuts, Reachable(nodes + 1, support, node, forward: false), site, x, demand);
                continue;
            }

            SeparateByFlow(cuts, support, x, root, node, site, demand, maxCuts);
        }

        return cuts;
    }

    private void SeparateByFlow(List<SparseRow> cuts, List<(int Tail, int Head, double Value, int Column)> support, IReadOnlyList<double> x, int root, int node, int site, double demand, int maxCuts)
    {
        var flow = new MaxFlow(root + 1);
        foreach (var arc in support)
        {
            flow.AddArc(arc.Tail, arc.Head, arc.Value);
        }

        var total = 0.0;
        for (var round = 0; round <= NestedCuts && cuts.Count < maxCuts; round++)
        {
            total += flow.Run(root, node, demand - total);
            if (total >= demand - Tolerance)
            {
                return;
            }

            var row = AddCut(cuts, flow.SinkSide(node), site, x, demand);
            if (row is null)
            {
                return;
            }

            // Nested cuts: saturate this cut (capacity 1 on each of its arcs) and look for the next one behind it.
            foreach (var column in row.Columns.SkipLast(1))
            {
                var (tail, head) = _model.ArcEnds[column];
                flow.AddArc(tail < 0 ? root : tail, head, 1);
            }
        }
    }

    private SparseRow? AddCut(List<SparseRow> cuts, bool[] inSet, int site, IReadOnlyList<double> x, double demand)
    {
        var columns = new List<int>();
        for (var v = 0; v < _model.InArcs.Length; v++)
        {
            if (!inSet[v])
            {
                continue;
            }

            foreach (var (column, tail) in _model.InArcs[v])
            {
                if (tail < 0 || !inSet[tail])
                {
                    columns.Add(column);
                }
            }
        }

        columns.Sort();
        if (columns.Sum(c => x[c]) >= demand - Tolerance)
        {
            return null;
        }

        var key = site + ":" + string.Join(',', columns);
        if (!_seen.Add(key))
        {
            return null;
        }

        var coefficients = Enumerable.Repeat(1.0, columns.Count).Append(-1.0).ToArray();
        var row = new SparseRow([.. columns, _model.FibreColumn[site]], coefficients, 0, double.PositiveInfinity);
        cuts.Add(row);
        return row;
    }

    private static bool[] Reachable(int count, List<(int Tail, int Head, double Value, int Column)> arcs, int start, bool forward)
    {
        var adjacency = new List<int>[count];
        foreach (var a in arcs)
        {
            var from = forward ? a.Tail : a.Head;
            (adjacency[from] ??= []).Add(forward ? a.Head : a.Tail);
        }

        var seen = new bool[count];
        var stack = new Stack<int>();
        seen[start] = true;
        stack.Push(start);
        while (stack.Count > 0)
        {
            var v = stack.Pop();
            foreach (var w in adjacency[v] ?? [])
            {
                if (!seen[w])
                {
                    seen[w] = true;
                    stack.Push(w);
                }
            }
        }

        return seen;
    }
}
