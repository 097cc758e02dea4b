namespace Infra.Planning.Graph;

/// <summary>
/// Shortest paths by CAPEX on a candidate graph (adjacency in flat arrays, binary heap, ties by node index).
/// Distances and predecessor edges of the last run are kept; a bounded run resets only what it touched.
/// </summary>
internal sealed class Dijkstra
{
    private readonly int[] _offset;
    private readonly int[] _target;
    private readonly int[] _edge;
    private readonly double[] _cost;
    private readonly double[] _distance;
    private readonly int[] _predecessor;
    private readonly List<int> _touched = [];
    private readonly PriorityQueue<int, (double, int)> _queue = new();

    public Dijkstra(CandidateGraph graph)
    {
        var n = graph.Nodes.Count;
        var arcs = new Adjacency(graph, e => e.CapexEuro);
        (_offset, _target, _edge, _cost) = (arcs.Offset, arcs.Target, arcs.Edge, arcs.Cost);
        _distance = new double[n];
        _predecessor = new int[n];
        Array.Fill(_distance, double.PositiveInfinity);
        Array.Fill(_predecessor, -1);
    }

    /// <summary>Distance of <paramref name="node"/> in the last run (infinity when not reached).</summary>
    public double Distance(int node) => _distance[node];

    /// <summary>Edge by which the last run reached <paramref name="node"/>; -1 at a source or when not reached.</summary>
    public int PredecessorEdge(int node) => _predecessor[node];

    /// <summary>
    /// Runs from the sources (each with a start distance). Stops when the next node is farther than
    /// <paramref name="radius"/>, or after settling <paramref name="maxTargets"/> nodes for which
    /// <paramref name="isTarget"/> holds; the settled targets are added to <paramref name="settledTargets"/>.
    /// </summary>
    public void Run(IEnumerable<(int Node, double Distance)> sources, double radius = double.PositiveInfinity,
        Func<int, bool>? isTarget = null, int maxTargets = int.MaxValue, List<int>? settledTargets = null)
    {
        foreach (var node in _touched)
        {
            _distance[node] = double.PositiveInfinity;
            _predecessor[node] = -1;
        }

        _touched.Clear();
        _queue.Clear();
        foreach (var (node, distance) in sources)
        {
            if (distance < _distance[node])
            {
                Touch(node);
                _distance[node] = distance;
                _queue.Enqueue(node, (distance, node));
            }
        }

        var found = 0;
        while (_queue.TryDequeue(out var node, out var priority))
        {
            var distance = priority.Item1;
            if (distance > _distance[node])
            {
                continue;
            }

            if (distance > radius)
            {
                return;
            }

            if (isTarget is not null && isTarget(node))
            {
                settledTargets?.Add(node);
                if (++found >= maxTargets)
                {
                    return;
                }
            }

            for (var a = _offset[node]; a < _offset[node + 1]; a++)
            {
                var next = _target[a];
                var candidate = distance + _cost[a];
                if (candidate < _distance[next])
                {
                    Touch(next);
                    _distance[next] = candidate;
                    _predecessor[next] = _edge[a];
                    _queue.Enqueue(next, (candidate, next));
                }
            }
        }
    }

    private void Touch(int node)
    {
        if (double.IsPositiveInfinity(_distance[node]) && _predecessor[node] < 0)
        {
            _touched.Add(node);
        }
    }
}
