using Infra.Core.Sites;
using Infra.Planning.Evaluation;
using Infra.Planning.Graph;
using Infra.Planning.Instance;

namespace Infra.Planning.Baseline;

/// <summary>
/// What the greedy reads but never changes: the candidate graph as flat adjacency arrays with passive NPV per arc,
/// each fibre candidate's node and objective term, the Richtfunk pairs by site and by hub, and the site order of
/// the non-fibre steps.
/// </summary>
internal sealed class GreedyNetwork
{
    public GreedyNetwork(PlanningInstance instance)
    {
        Instance = instance;
        Graph = instance.Graph;
        Factor = instance.PassiveNpvFactor;
        var sites = instance.Sites.Count;
        var nodes = Graph.Nodes.Count;
        SiteNode = Enumerable.Repeat(-1, sites).ToArray();
        FibreCost = new double[sites];
        var bonus = instance.Scenario.Policies.FibreBonus;
        foreach (var spec in instance.Sites)
        {
            if (!spec.KeepsCurrentUplink && spec.Option(Technology.Fibre) is { } fibre && Graph.SiteNode.TryGetValue(spec.Index, out var node))
            {
                SiteNode[spec.Index] = node;
                FibreCost[spec.Index] = fibre.NpvEuro - bonus;
            }
        }

        SiteAtNode = Enumerable.Repeat(-1, nodes).ToArray();
        for (var s = 0; s < sites; s++)
        {
            if (SiteNode[s] >= 0)
            {
                SiteAtNode[SiteNode[s]] = s;
            }
        }

        var arcs = new Adjacency(Graph, e => e.CapexEuro * Factor);
        (Offset, ArcTarget, ArcEdge, ArcCost) = (arcs.Offset, arcs.Target, arcs.Edge, arcs.Cost);

        RadioBySite = instance.RadioCandidates.ToLookup(c => c.SiteIndex);
        RadioByHub = instance.RadioCandidates.ToLookup(c => c.HubIndex);
        HubOfSite = Enumerable.Repeat(-1, sites).ToArray();
        foreach (var hub in instance.Hubs.Where(h => h.SiteIndex >= 0 && !h.HasFibreAlready))
        {
            HubOfSite[hub.SiteIndex] = hub.Index;
        }

        HubSitesServing = new int[sites][];
        for (var s = 0; s < sites; s++)
        {
            HubSitesServing[s] = RadioBySite[s]
                .Select(c => instance.Hubs[c.HubIndex])
                .Where(h => h.SiteIndex >= 0 && !h.HasFibreAlready)
                .Select(h => h.SiteIndex)
                .Distinct()
                .ToArray();
        }

        RadioPriority = instance.Sites
            .Where(s => !s.KeepsCurrentUplink && s.Options.Count > 0)
            .Select(s => (s.Index, other: s.Options
                .Where(o => o.Technology == Technology.Leased)
                .Select(o => o.NpvEuro)
                .DefaultIfEmpty(DesignEvaluator.UnservedPenaltyEuro)
                .Min()))
            .OrderByDescending(x => x.other)
            .ThenBy(x => SiteNode[x.Index] >= 0)
            .ThenBy(x => x.Index)
            .Select(x => x.Index)
            .ToArray();
    }

    public PlanningInstance Instance { get; }

    public CandidateGraph Graph { get; }

    /// <summary>Passive NPV per euro of trench or tap CAPEX.</summary>
    public double Factor { get; }

    /// <summary>Graph node per site that may get fibre, else -1.</summary>
    public int[] SiteNode { get; }

    /// <summary>Site per graph node for the nodes of <see cref="SiteNode"/>, else -1.</summary>
    public int[] SiteAtNode { get; }

    /// <summary>Objective term of the site's own fibre option (NPV minus the fibre bonus).</summary>
    public double[] FibreCost { get; }

    /// <summary>Arcs of node v: <c>Offset[v] .. Offset[v + 1]</c>, each with its target, edge and passive NPV.</summary>
    public int[] Offset { get; }

    public int[] ArcTarget { get; }

    public int[] ArcEdge { get; }

    public double[] ArcCost { get; }

    public ILookup<int, RadioCandidate> RadioBySite { get; }

    public ILookup<int, RadioCandidate> RadioByHub { get; }

    /// <summary>Hub index of a site that becomes a hub once it has fibre (not one with fibre today), else -1.</summary>
    public int[] HubOfSite { get; }

    /// <summary>Per site: the sites whose fibre would make them a hub this site may use.</summary>
    public int[][] HubSitesServing { get; }

    /// <summary>
    /// Sites that do not keep their uplink and have an option: those whose leased line is dearest (or missing)
    /// first, then those that cannot get fibre, then by index.
    /// </summary>
    public int[] RadioPriority { get; }

    public int SiteCount => SiteNode.Length;
}
