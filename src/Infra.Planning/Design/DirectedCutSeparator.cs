namespace Infra.Planning.Design;

/// <summary>
/// Finds directed cuts violated by a (fractional or integral) solution: for a fibre site i and a node set S
/// that holds i but not the root, the arcs entering S must carry at least f(i). Only nodes that reach the site
/// in the support graph matter for that, so each site is examined on its backward closure, which is local
/// (the root has no entering arcs, so the search stops there): where the closure misses the root it is itself
/// the cut; otherwise max-flow from the root on the closure gives the cut closest to the site (back-cut) and,
/// by saturating it, further nested cuts. Work per site is proportional to its closure, not to the graph.
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
        var support = new Support(_model, x);
        var cuts = new List<SparseRow>();
        foreach (var (site, node) in _model.FibreSites)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var demand = x[_model.FibreColumn[site]];
            if (demand <= Tolerance)
            {
                continue;
            }

            if (cuts.Count >= maxCuts)
            {
                break;
            }

            var closure = support.BackwardClosure(node);
            if (!support.InClosure(support.Root))
            {
                AddCut(cuts, closure, support.InClosure, site, x, demand);
                continue;
            }

            SeparateByFlow(cuts, support, closure, x, node, site, demand, maxCuts);
        }

        return cuts;
    }

    private void SeparateByFlow(List<SparseRow> cuts, Support support, List<int> closure, IReadOnlyList<double> x, int node, int site, double demand, int maxCuts)
    {
        // Local numbering of the closure; every support arc entering a closure node starts inside it.
        var local = new Dictionary<int, int>(closure.Count);
        foreach (var v in closure)
        {
            local[v] = local.Count;
        }

        var flow = new MaxFlow(closure.Count);
        foreach (var v in closure)
        {
            foreach (var (tail, value) in support.Entering(v))
            {
                flow.AddArc(local[tail], local[v], value);
            }
        }

        var source = local[support.Root];
        var sink = local[node];
        var total = 0.0;
        for (var round = 0; round <= NestedCuts && cuts.Count < maxCuts; round++)
        {
            total += flow.Run(source, sink, demand - total);
            if (total >= demand - Tolerance)
            {
                return;
            }

            var side = flow.SinkSide(sink);
            var set = closure.Where(v => side[local[v]]).ToList();
            var row = AddCut(cuts, set, v => local.TryGetValue(v, out var i) && side[i], site, x, demand);
            if (row is null)
            {
                return;
            }

            // Nested cuts: saturate this cut (capacity 1 on each of its arcs) and look for the next one behind it.
            // An arc from outside the closure is opened from the root, as if its tail were reached.
            foreach (var column in row.Columns.SkipLast(1))
            {
                var (tail, head) = _model.ArcEnds[column];
                var from = tail >= 0 && local.TryGetValue(tail, out var f) ? f : source;
                flow.AddArc(from, local[head], 1);
            }
        }
    }

    private SparseRow? AddCut(List<SparseRow> cuts, List<int> set, Func<int, bool> inSet, int site, IReadOnlyList<double> x, double demand)
    {
        var columns = new List<int>();
        foreach (var v in set)
        {
            if (v >= _model.InArcs.Length)
            {
                continue;
            }

            foreach (var (column, tail) in _model.InArcs[v])
            {
                if (tail < 0 || !inSet(tail))
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

    /// <summary>
    /// The support graph of a solution (arcs with positive value; the super-root is node <see cref="Root"/>) with
    /// a reusable marker for backward closures, so a round allocates per site only what the site's closure needs.
    /// </summary>
    private sealed class Support
    {
        private readonly List<(int Tail, double Value)>[] _entering;
        private static readonly List<(int Tail, double Value)> Empty = [];
        private readonly int[] _mark;
        private int _stamp;

        public Support(NetworkDesignModel model, IReadOnlyList<double> x)
        {
            var nodes = model.InArcs.Length;
            Root = nodes;
            _entering = new List<(int, double)>[nodes + 1];
            _mark = new int[nodes + 1];
            for (var v = 0; v < nodes; v++)
            {
                foreach (var (column, tail) in model.InArcs[v])
                {
                    if (x[column] > Epsilon)
                    {
                        (_entering[v] ??= []).Add((tail < 0 ? Root : tail, x[column]));
                    }
                }
            }
        }

        public int Root { get; }

        public List<(int Tail, double Value)> Entering(int v) => _entering[v] ?? Empty;

        /// <summary>Whether <paramref name="v"/> belongs to the closure computed last.</summary>
        public bool InClosure(int v) => _mark[v] == _stamp;

        /// <summary>The nodes (the root included when reached) from which the support graph reaches <paramref name="node"/>.</summary>
        public List<int> BackwardClosure(int node)
        {
            _stamp++;
            var result = new List<int> { node };
            _mark[node] = _stamp;
            for (var i = 0; i < result.Count; i++)
            {
                foreach (var (tail, _) in Entering(result[i]))
                {
                    if (_mark[tail] != _stamp)
                    {
                        _mark[tail] = _stamp;
                        result.Add(tail);
                    }
                }
            }

            return result;
        }
    }
}
