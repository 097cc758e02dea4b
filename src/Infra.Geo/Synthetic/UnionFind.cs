namespace Infra.Geo.Synthetic;

/// <summary>Disjoint sets over 0..n-1 with path halving and union by size.</summary>
internal sealed class UnionFind
{
    private readonly List<int> _parent;
    private readonly List<int> _size;

    public UnionFind(int count)
    {
        _parent = [.. Enumerable.Range(0, count)];
        _size = [.. Enumerable.Repeat(1, count)];
    }

    /// <summary>Adds elements up to <paramref name="count"/> (new ones are singletons).</summary>
    public void Grow(int count)
    {
        while (_parent.Count < count)
        {
            _parent.Add(_parent.Count);
            _size.Add(1);
        }
    }

    public int Find(int x)
    {
        while (_parent[x] != x)
        {
            _parent[x] = _parent[_parent[x]];
            x = _parent[x];
        }

        return x;
    }

    /// <summary>Joins the sets; false when they were already one.</summary>
    public bool Union(int a, int b)
    {
        var (ra, rb) = (Find(a), Find(b));
        if (ra == rb)
        {
            return false;
        }

        if (_size[ra] < _size[rb])
        {
            (ra, rb) = (rb, ra);
        }

        _parent[rb] = ra;
        _size[ra] += _size[rb];
        return true;
    }

    public int SizeOf(int x) => _size[Find(x)];
}
