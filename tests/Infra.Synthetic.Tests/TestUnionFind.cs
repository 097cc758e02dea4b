namespace Infra.Synthetic.Tests;

/// <summary>The tests' own disjoint sets (independent of the generator's), keyed by any value.</summary>
internal sealed class TestUnionFind<T>
    where T : notnull
{
    private readonly Dictionary<T, T> _parent = [];

    public T Find(T x)
    {
        if (!_parent.TryGetValue(x, out var p))
        {
            _parent[x] = x;
            return x;
        }

        return EqualityComparer<T>.Default.Equals(p, x) ? x : _parent[x] = Find(p);
    }

    public void Union(T a, T b)
    {
        var (ra, rb) = (Find(a), Find(b));
        if (!EqualityComparer<T>.Default.Equals(ra, rb))
        {
            _parent[ra] = rb;
        }
    }

    public int Components() => _parent.Keys.Select(Find).Distinct().Count();
}
