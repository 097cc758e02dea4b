namespace Infra.Planning.Design;

/// <summary>
/// Dinic's max-flow on a small directed network, rebuilt per query. Used on the support graph of an LP
/// solution, which is far smaller than the candidate graph.
/// </summary>
internal sealed class MaxFlow
{
    private readonly List<int>[] _adjacent;
    private readonly List<int> _head = [];
    private readonly List<double> _capacity = [];
    private int[] _level = [];
    private int[] _next = [];

    public MaxFlow(int nodeCount)
    {
        _adjacent = new List<int>[nodeCount];
        for (var i = 0; i < nodeCount; i++)
        {
            _adjacent[i] = [];
        }
    }

    public int NodeCount => _adjacent.Length;

    /// <summary>Adds arc tail→head with the capacity; returns the arc id (its reverse is id ^ 1).</summary>
    public int AddArc(int tail, int head, double capacity)
    {
        var id = _head.Count;
        _head.Add(head);
        _capacity.Add(capacity);
        _adjacent[tail].Add(id);
        _head.Add(tail);
        _capacity.Add(0);
        _adjacent[head].Add(id + 1);
        return id;
    }

    public void SetCapacity(int arc, double capacity) => _capacity[arc] = capacity;

    /// <summary>Pushes flow from source to sink, stopping once <paramref name="enough"/> is reached.</summary>
    public double Run(int source, int sink, double enough)
    {
        var flow = 0.0;
        _level = new int[NodeCount];
        _next = new int[NodeCount];
        // Stops once less than 1e-12 is missing: a residue of rounding would otherwise be pushed forever, since
        // a push that small does not count as progress.
        while (enough - flow > 1e-12 && BuildLevels(source, sink))
        {
            Array.Clear(_next);
            var phase = 0.0;
            double pushed;
            while ((pushed = Push(source, sink, enough - flow)) > 1e-12)
            {
                flow += pushed;
                phase += pushed;
            }

            if (phase <= 1e-12)
            {
                break;
            }
        }

        return flow;
    }

    /// <summary>After <see cref="Run"/>: nodes that can still reach the sink in the residual network (the sink side of the cut closest to the sink).</summary>
    public bool[] SinkSide(int sink)
    {
        var side = new bool[NodeCount];
        var stack = new Stack<int>();
        side[sink] = true;
        stack.Push(sink);
        while (stack.Count > 0)
        {
            var v = stack.Pop();
            foreach (var id in _adjacent[v])
            {
                // Residual arc u→v exists where the forward arc (id ^ 1) from u has capacity left.
                var u = _head[id];
                if (!side[u] && _capacity[id ^ 1] > 1e-9)
                {
                    side[u] = true;
                    stack.Push(u);
                }
            }
        }

        return side;
    }

    private bool BuildLevels(int source, int sink)
    {
        Array.Fill(_level, -1);
        var queue = new Queue<int>();
        _level[source] = 0;
        queue.Enqueue(source);
        while (queue.Count > 0)
        {
            var v = queue.Dequeue();
            foreach (var id in _adjacent[v])
            {
                var w = _head[id];
                if (_level[w] < 0 && _capacity[id] > 1e-9)
                {
                    _level[w] = _level[v] + 1;
                    queue.Enqueue(w);
                }
            }
        }

        return _level[sink] >= 0;
    }

    private double Push(int v, int sink, double limit)
    {
        if (v == sink)
        {
            return limit;
        }

        for (; _next[v] < _adjacent[v].Count; _next[v]++)
        {
            var id = _adjacent[v][_next[v]];
            var w = _head[id];
            if (_level[w] != _level[v] + 1 || _capacity[id] <= 1e-9)
            {
                continue;
            }

            var pushed = Push(w, sink, Math.Min(limit, _capacity[id]));
            if (pushed > 1e-12)
            {
                _capacity[id] -= pushed;
                _capacity[id ^ 1] += pushed;
                return pushed;
            }
        }

        return 0;
    }
}
