using Infra.Core.Network;

namespace Infra.Synthetic;

/// <summary>One street segment between two network nodes (A &lt; B), before attributes are assigned.</summary>
internal sealed class StreetEdge(int a, int b, StreetClass streetClass, long nameKey)
{
    public int A { get; } = Math.Min(a, b);

    public int B { get; } = Math.Max(a, b);

    public StreetClass Class { get; set; } = streetClass;

    /// <summary>Edges with the same key belong to the same named street.</summary>
    public long NameKey { get; set; } = nameKey;

    /// <summary>Set when the block thinning drops the edge; removed edges are not emitted.</summary>
    public bool Removed { get; set; }
}
