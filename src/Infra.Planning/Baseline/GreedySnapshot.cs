using Infra.Core.Sites;

namespace Infra.Planning.Baseline;

/// <summary>Everything the greedy changes (the design, its totals and the shortest-path forest), so that a trial can be undone.</summary>
internal sealed class GreedySnapshot
{
    public GreedySnapshot(int sites, int nodes, int edges, int hubs)
    {
        Technology = new Technology?[sites];
        Hub = Enumerable.Repeat(-1, sites).ToArray();
        Built = new bool[edges];
        TapUsed = new bool[nodes];
        InTree = new bool[nodes];
        Distance = Enumerable.Repeat(double.PositiveInfinity, nodes).ToArray();
        Predecessor = Enumerable.Repeat(-1, nodes).ToArray();
        HubLinks = new int[hubs];
    }

    private GreedySnapshot(GreedySnapshot other)
    {
        Technology = (Technology?[])other.Technology.Clone();
        Hub = (int[])other.Hub.Clone();
        Built = (bool[])other.Built.Clone();
        TapUsed = (bool[])other.TapUsed.Clone();
        InTree = (bool[])other.InTree.Clone();
        Distance = (double[])other.Distance.Clone();
        Predecessor = (int[])other.Predecessor.Clone();
        HubLinks = (int[])other.HubLinks.Clone();
        (Capex, TrenchMetres, RadioInstalls) = (other.Capex, other.TrenchMetres, other.RadioInstalls);
    }

    public Technology?[] Technology { get; }

    public int[] Hub { get; }

    public bool[] Built { get; }

    public bool[] TapUsed { get; }

    /// <summary>Nodes joined to the network (used taps and built edges) while fibre grows.</summary>
    public bool[] InTree { get; }

    /// <summary>Passive NPV of the cheapest path from the network (or a new tap) to each node.</summary>
    public double[] Distance { get; }

    /// <summary>Edge by which <see cref="Distance"/> reaches each node; -1 at the network and at taps.</summary>
    public int[] Predecessor { get; }

    public int[] HubLinks { get; }

    /// <summary>CAPEX of the design, €.</summary>
    public double Capex { get; set; }

    public double TrenchMetres { get; set; }

    public int RadioInstalls { get; set; }

    public GreedySnapshot Clone() => new(this);
}
