using Infra.Core.Network;

namespace Infra.Synthetic;

/// <summary>
/// Street nodes (the lattice's junctions first, then extra end points of school access spurs) and the edges between
/// them, each edge stored once. Edges meet only at shared nodes, so the network is noded by construction.
/// </summary>
internal sealed class StreetNetwork
{
    private readonly Dictionary<long, StreetEdge> _byNodes = [];

    public StreetNetwork(StreetLattice lattice)
    {
        Lattice = lattice;
        X = [.. lattice.X];
        Y = [.. lattice.Y];
    }

    public StreetLattice Lattice { get; }

    public List<double> X { get; }

    public List<double> Y { get; }

    /// <summary>Edges in creation order (the output order).</summary>
    public List<StreetEdge> Edges { get; } = [];

    public List<ArterialPath> Arterials { get; } = [];

    public int AddNode(double x, double y)
    {
        X.Add(Precision.Round(x));
        Y.Add(Precision.Round(y));
        return X.Count - 1;
    }

    /// <summary>Adds the edge unless it exists; an existing local edge is promoted to arterial.</summary>
    public StreetEdge Add(int a, int b, StreetClass streetClass, long nameKey)
    {
        var key = Key(a, b);
        if (_byNodes.TryGetValue(key, out var existing))
        {
            if (streetClass == StreetClass.Arterial && existing.Class != StreetClass.Arterial)
            {
                existing.Class = StreetClass.Arterial;
                existing.NameKey = nameKey;
            }

            existing.Removed = false;
            return existing;
        }

        var edge = new StreetEdge(a, b, streetClass, nameKey);
        _byNodes.Add(key, edge);
        Edges.Add(edge);
        return edge;
    }

    public StreetEdge? Find(int a, int b) => _byNodes.GetValueOrDefault(Key(a, b));

    public bool Contains(int a, int b) => _byNodes.TryGetValue(Key(a, b), out var e) && !e.Removed;

    public double Length(StreetEdge edge) => Distance(edge.A, edge.B);

    public double Distance(int a, int b) => Math.Sqrt(((X[a] - X[b]) * (X[a] - X[b])) + ((Y[a] - Y[b]) * (Y[a] - Y[b])));

    private static long Key(int a, int b) => ((long)Math.Min(a, b) << 32) | (uint)Math.Max(a, b);
}
