namespace Infra.Planning.Graph;

/// <summary>
/// Snaps points to ids by grid hashing: a point within <c>tolerance</c> of a registered point gets that point's
/// id (the nearest one, ties by lower id); otherwise it is registered with a new id. First come, first served,
/// so the result depends only on the insertion order.
/// </summary>
internal sealed class NodeIndex
{
    private readonly double _tolerance;
    private readonly double _cell;
    private readonly Dictionary<(long, long), List<int>> _cells = [];
    private readonly List<(double X, double Y)> _points = [];

    public NodeIndex(double tolerance)
    {
        _tolerance = Math.Max(tolerance, 0);
        _cell = Math.Max(_tolerance, 1e-6);
    }

    public int Count => _points.Count;

    public (double X, double Y) this[int id] => _points[id];

    /// <summary>The id of the registered point nearest to (x, y) within the tolerance, or -1.</summary>
    public int Find(double x, double y)
    {
        var cx = (long)Math.Floor(x / _cell);
        var cy = (long)Math.Floor(y / _cell);
        var best = -1;
        var bestDistance = double.PositiveInfinity;
        for (var dx = -1L; dx <= 1; dx++)
        {
            for (var dy = -1L; dy <= 1; dy++)
            {
                if (!_cells.TryGetValue((cx + dx, cy + dy), out var ids))
                {
                    continue;
                }

                foreach (var id in ids)
                {
                    var (px, py) = _points[id];
                    var d = Math.Sqrt(((px - x) * (px - x)) + ((py - y) * (py - y)));
                    if (d <= _tolerance && (d < bestDistance || (d == bestDistance && id < best)))
                    {
                        best = id;
                        bestDistance = d;
                    }
                }
            }
        }

        return best;
    }

    /// <summary>Registers (x, y) under a new id, without looking for a near point.</summary>
    public int Add(double x, double y)
    {
        var id = _points.Count;
        _points.Add((x, y));
        var key = ((long)Math.Floor(x / _cell), (long)Math.Floor(y / _cell));
        if (!_cells.TryGetValue(key, out var ids))
        {
            ids = [];
            _cells[key] = ids;
        }

        ids.Add(id);
        return id;
    }

    public int GetOrAdd(double x, double y)
    {
        var found = Find(x, y);
        return found >= 0 ? found : Add(x, y);
    }
}
