namespace Infra.Planning.Graph;

/// <summary>Finds the street (or route) node of the draft at a point, within the snap tolerance.</summary>
internal sealed class NodeLookup(double tolerance)
{
    private readonly NodeIndex _index = new(tolerance);
    private readonly List<int> _node = [];

    public int Count => _node.Count;

    public void Register(int node, double x, double y)
    {
        _index.Add(x, y);
        _node.Add(node);
    }

    /// <summary>The registered draft node within the tolerance of (x, y), or -1.</summary>
    public int Find(double x, double y)
    {
        var id = _index.Find(x, y);
        return id < 0 ? -1 : _node[id];
    }
}
