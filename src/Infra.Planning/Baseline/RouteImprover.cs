using Infra.Core.Sites;
using Infra.Planning.Evaluation;
using Infra.Planning.Graph;
using Infra.Planning.Instance;
using Infra.Planning.Costs;

namespace Infra.Planning.Baseline;

/// <summary>
/// The last steps of <see cref="GreedyBaseline"/>, on the built fibre tree: re-routing fibre leaves, and moving fibre
/// leaves to Richtfunk where the link costs less than their own branch. The growth step's shortest-path forest is
/// not valid after either.
/// </summary>
internal sealed class RouteImprover(GreedyState state, GreedyClock clock)
{
    private CandidateGraph Graph => state.Net.Graph;

    private GreedySnapshot S => state.S;

    /// <summary>
    /// Re-routes fibre leaves: a fibre site at the end of a branch (see <see cref="Branch"/>) loses the branch and gets
    /// the cheapest path (by CAPEX) from the rest of the network or a new tap, kept when cheaper and within the trench
    /// and CAPEX limits. Two passes in site order.
    /// </summary>
    public void ImproveRoutes(CancellationToken cancellationToken)
    {
        var degree = BuiltDegree();
        var dijkstra = new Dijkstra(Graph);
        for (var pass = 0; pass < 2; pass++)
        {
            var changed = false;
            var connected = DesignRepair.Connected(state.Instance, S.Built, S.TapUsed);
            for (var site = 0; site < state.Net.SiteCount; site++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (clock.Expired)
                {
                    return;
                }

                if (S.Technology[site] == Technology.Fibre)
                {
                    changed |= TryReroute(site, degree, dijkstra, connected);
                }
            }

            if (!changed)
            {
                return;
            }
        }
    }

    /// <summary>
    /// A fibre site switches to Richtfunk (to a hub with fibre and a free link) where the link costs less than its
    /// fibre option plus the trench branch only it uses (up to the next fork, fibre site or tap). Sites that serve as
    /// a hub stay on fibre. Two passes in site order.
    /// </summary>
    public void SwitchFibreToRadio(CancellationToken cancellationToken)
    {
        var degree = BuiltDegree();
        for (var pass = 0; pass < 2; pass++)
        {
            for (var site = 0; site < state.Net.SiteCount; site++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (clock.Expired)
                {
                    return;
                }

                if (S.Technology[site] == Technology.Fibre && state.Instance.Sites[site].Option(Technology.Radio) is { } radio
                    && !state.ServesAsHub(site))
                {
                    TrySwitchToRadio(site, radio, degree);
                }
            }
        }
    }

    // connected: nodes joined to a used tap, kept up to date (a branch hangs off the rest, so removing it disconnects
    // only its own nodes).
    private bool TryReroute(int site, int[] degree, Dijkstra dijkstra, bool[] connected)
    {
        var (branch, endTap) = Branch(site, degree);
        if (branch.Count == 0)
        {
            return false;
        }

        var oldCapex = branch.Sum(e => Graph.Edges[e].CapexEuro) + (endTap >= 0 ? Graph.Nodes[endTap].TapCostEuro : 0);
        var oldTrench = branch.Sum(e => Graph.Edges[e].TrenchMetres);
        SetBranch(branch, endTap, false, degree);
        var target = state.Net.SiteNode[site];
        var branchNodes = BranchNodes(target, branch, endTap >= 0);
        foreach (var v in branchNodes)
        {
            connected[v] = false;
        }

        // From the site outwards, as far as the old branch cost, up to the first connected node; taps on the way count
        // with their cost.
        var reached = new List<int>();
        dijkstra.Run([(target, 0)], oldCapex, v =>
        {
            if (!connected[v] && Graph.Nodes[v].Kind == CandidateNodeKind.Tap)
            {
                reached.Add(v);
            }

            return connected[v];
        }, 1, reached);
        var (end, newCapex) = (-1, double.PositiveInfinity);
        foreach (var v in reached)
        {
            var cost = dijkstra.Distance(v) + (connected[v] ? 0 : Graph.Nodes[v].TapCostEuro);
            if (cost < newCapex)
            {
                (end, newCapex) = (v, cost);
            }
        }

        var path = new List<int>();
        for (var v = end; newCapex < oldCapex - 1e-6 && v != target; v = Graph.Edges[path[^1]].Other(v))
        {
            path.Add(dijkstra.PredecessorEdge(v));
        }

        var newTrench = path.Sum(e => Graph.Edges[e].TrenchMetres);
        if (newCapex >= oldCapex - 1e-6 || !state.FitsTrench(newTrench - oldTrench) || !state.FitsCapex(newCapex - oldCapex))
        {
            SetBranch(branch, endTap, true, degree);
            foreach (var v in branchNodes)
            {
                connected[v] = true;
            }

            return false;
        }

        S.TrenchMetres += newTrench - oldTrench;
        S.Capex += newCapex - oldCapex;
        SetBranch(path, connected[end] ? -1 : end, true, degree);
        foreach (var v in BranchNodes(target, path, true))
        {
            connected[v] = true;
        }

        return true;
    }

    private void TrySwitchToRadio(int site, SiteOption radio, int[] degree)
    {
        var (branch, endTap) = Branch(site, degree);
        var branchCapex = branch.Sum(e => Graph.Edges[e].CapexEuro) + (endTap >= 0 ? Graph.Nodes[endTap].TapCostEuro : 0);
        var fibre = state.Instance.Sites[site].Option(Technology.Fibre)!;
        var saving = state.Net.FibreCost[site] + (state.Net.Factor * branchCapex) - radio.NpvEuro;
        if (saving <= 1e-6 || !state.RadioInstallLeft || !state.FitsCapex(radio.CapexEuro - fibre.CapexEuro - branchCapex))
        {
            return;
        }

        var hub = state.FreeHub(site, existingFibreOnly: false);
        if (hub < 0)
        {
            return;
        }

        S.TrenchMetres -= branch.Sum(e => Graph.Edges[e].TrenchMetres);
        SetBranch(branch, endTap, false, degree);
        S.Capex -= branchCapex;
        state.Reassign(site, radio, hub);
    }

    /// <summary>
    /// Built edges only the site uses: from its node (when a leaf) to the next fork, fibre site or used tap; the tap
    /// too (returned) when the branch is all its component has.
    /// </summary>
    private (List<int> Edges, int EndTap) Branch(int site, int[] degree)
    {
        var edges = new List<int>();
        var node = state.Net.SiteNode[site];
        if (degree[node] != 1 || S.TapUsed[node])
        {
            return (edges, -1);
        }

        var previousEdge = -1;
        while (true)
        {
            var e = Graph.Incident(node).First(i => S.Built[i] && i != previousEdge);
            edges.Add(e);
            node = Graph.Edges[e].Other(node);
            var siteAt = state.Net.SiteAtNode[node];
            var fibreSite = siteAt >= 0 && S.Technology[siteAt] == Technology.Fibre;
            if (fibreSite || S.TapUsed[node] || degree[node] != 2)
            {
                return (edges, S.TapUsed[node] && degree[node] == 1 ? node : -1);
            }

            previousEdge = e;
        }
    }

    /// <summary>Nodes along a path of edges from <paramref name="start"/>, without its last node unless asked.</summary>
    private List<int> BranchNodes(int start, List<int> edges, bool withLast)
    {
        var nodes = new List<int> { start };
        var v = start;
        foreach (var e in edges)
        {
            v = Graph.Edges[e].Other(v);
            nodes.Add(v);
        }

        if (!withLast && edges.Count > 0)
        {
            nodes.RemoveAt(nodes.Count - 1);
        }

        return nodes;
    }

    /// <summary>Builds or removes the edges (and the tap, when not -1), keeping the degrees in step.</summary>
    private void SetBranch(List<int> edges, int tap, bool built, int[] degree)
    {
        foreach (var e in edges)
        {
            S.Built[e] = built;
            degree[Graph.Edges[e].From] += built ? 1 : -1;
            degree[Graph.Edges[e].To] += built ? 1 : -1;
        }

        if (tap >= 0)
        {
            S.TapUsed[tap] = built;
        }
    }

    private int[] BuiltDegree()
    {
        var degree = new int[Graph.Nodes.Count];
        foreach (var edge in Graph.Edges.Where(e => S.Built[e.Index]))
        {
            degree[edge.From]++;
            degree[edge.To]++;
        }

        return degree;
    }
}
