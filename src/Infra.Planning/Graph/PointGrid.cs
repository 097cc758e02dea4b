namespace Infra.Planning.Graph;

/// <summary>
/// A uniform grid over points for nearest-neighbour queries (ring search). Ties are broken by the lower id,
/// so results do not depend on the grid's layout.
/// </summary>
internal sealed class PointGrid
{
    private readonly double[] _x;
    private readonly double[] _y;
    private readonly int[] _ids;
    private readonly double _cell;
    private readonly long _minCx;
    private readonly long _minCy;
    private readonly long _maxCx;
    private readonly long _maxCy;
    private readonly Dictionary<(long, long), List<int>> _cells = [];

    /// <param name="points">The points; a query returns the id given beside each point.</param>
    public PointGrid(IReadOnlyList<(int Id, double X, double Y)> points)
    {
        var n = points.Count;
        _x = new double[n];
        _y = new double[n];
        _ids = new int[n];
        double minX = double.PositiveInfinity, minY = double.PositiveInfinity;
        double maxX = double.NegativeInfinity, maxY = double.NegativeInfinity;
        for (var i = 0; i < n; i++)
        {
            (_ids[i], _x[i], _y[i]) = points[i];
            minX = Math.Min(minX, _x[i]);
            minY = Math.Min(minY, _y[i]);
            maxX = Math.Max(maxX, _x[i]);
            maxY = Math.Max(maxY, _y[i]);
        }

        var area = n == 0 ? 1 : Math.Max((maxX - minX) * (maxY - minY), 1);
        _cell = Math.Max(1, 2 * Math.Sqrt(area / Math.Max(n, 1)));
        for (var i = 0; i < n; i++)
        {
            var key = Key(_x[i], _y[i]);
            if (!_cells.TryGetValue(key, out var list))
            {
                list = [];
                _cells[key] = list;
            }

            list.Add(i);
        }

        (_minCx, _minCy) = n == 0 ? (0, 0) : Key(minX, minY);
        (_maxCx, _maxCy) = n == 0 ? (-1, -1) : Key(maxX, maxY);
    }

    public int Count => _x.Length;

    /// <summary>Id of the nearest point other than <paramref name="excludeId"/>, or -1 when there is none.</summary>
    public int Nearest(double x, double y, int excludeId = -1)
    {
        var result = new List<(double Distance, int Id)>(1);
        Nearest(x, y, 1, excludeId, result);
        return result.Count == 0 ? -1 : result[0].Id;
    }

    /// <summary>Fills <paramref name="result"/> with up to k nearest points (distance, id), nearest first.</summary>
    public void Nearest(double x, double y, int k, int excludeId, List<(double Distance, int Id)> result)
    {
        result.Clear();
        if (k <= 0 || _x.Length == 0)
        {
            return;
        }

        var (cx, cy) = Key(x, y);
        var maxRing = Math.Max(
            Math.Max(Math.Abs(cx - _minCx), Math.Abs(_maxCx - cx)), Math.Max(Math.Abs(cy - _minCy), Math.Abs(_maxCy - cy)));
        for (var r = 0L; r <= maxRing; r++)
        {
            // Every point in ring r or beyond is at least r - 1 cells away.
            if (result.Count == k && result[^1].Distance < (r - 1) * _cell)
            {
                return;
            }

            for (var gx = cx - r; gx <= cx + r; gx++)
            {
                var edge = gx == cx - r || gx == cx + r;
                for (var gy = cy - r; gy <= cy + r; gy += edge ? 1 : (int)Math.Max(1, 2 * r))
                {
                    Visit(gx, gy, x, y, k, excludeId, result);
                }
            }
        }
    }

    private void Visit(long gx, long gy, double x, double y, int k, int excludeId, List<(double Distance, int Id)> result)
    {
        if (!_cells.TryGetValue((gx, gy), out var list))
        {
            return;
        }

        foreach (var i in list)
        {
            if (_ids[i] == excludeId)
            {
                continue;
            }

            var d = Math.Sqrt(((_x[i] - x) * (_x[i] - x)) + ((_y[i] - y) * (_y[i] - y)));
            var candidate = (d, _ids[i]);
            if (result.Count == k && candidate.CompareTo(result[^1]) >= 0)
            {
                continue;
            }

            var at = result.Count;
            while (at > 0 && candidate.CompareTo(result[at - 1]) < 0)
            {
                at--;
            }

            result.Insert(at, candidate);
            if (result.Count > k)
            {
                result.RemoveAt(result.Count - 1);
            }
        }
    }

    private (long, long) Key(double x, double y) => ((long)Math.Floor(x / _cell), (long)Math.Floor(y / _cell));
}
