using Infra.Core.Sites;
using Infra.Planning.Design;
using Infra.Planning.Evaluation;
using Infra.Planning.Graph;
using Infra.Planning.Instance;

namespace Infra.Planning.Baseline;

/// <summary>The working design of <see cref="GreedyBaseline"/> with its shortest-path forest from the connected network.</summary>
internal sealed class GreedyState
{
    private const double Eps = 1e-9;

    private readonly PlanningInstance _instance;
    private readonly CandidateGraph _graph;
    private readonly double _factor;
    private readonly int[] _siteNode;
    private readonly double[] _fibreCost;
    private readonly int[] _offset;
    private readonly int[] _arcTarget;
    private readonly int[] _arcEdge;
    private readonly double[] _arcCost;
    private readonly ILookup<int, RadioCandidate> _radioBySite;
    private readonly ILookup<int, RadioCandidate> _radioByHub;
    private readonly int[] _hubOfSite;
    private readonly PriorityQueue<int, (double, int)> _queue = new();

    private static readonly List<(int Site, double Saving)> NoSavings = [];

    private Snapshot _s;

    public GreedyState(PlanningInstance instance)
    {
        _instance = instance;
        _graph = instance.Graph;
        _factor = instance.PassiveNpvFactor;
        var sites = instance.Sites.Count;
        var nodes = _graph.Nodes.Count;
        _siteNode = Enumerable.Repeat(-1, sites).ToArray();
        _fibreCost = new double[sites];
        var bonus = instance.Scenario.Policies.FibreBonus;
        foreach (var spec in instance.Sites)
        {
            if (!spec.KeepsCurrentUplink && spec.Option(Technology.Fibre) is { } fibre && _graph.SiteNode.TryGetValue(spec.Index, out var node))
            {
                _siteNode[spec.Index] = node;
                _fibreCost[spec.Index] = fibre.NpvEuro - bonus;
            }
        }

        _offset = new int[nodes + 1];
        foreach (var edge in _graph.Edges)
        {
            _offset[edge.From + 1]++;
            _offset[edge.To + 1]++;
        }

        for (var v = 0; v < nodes; v++)
        {
            _offset[v + 1] += _offset[v];
        }

        var fill = (int[])_offset.Clone();
        _arcTarget = new int[_offset[nodes]];
        _arcEdge = new int[_offset[nodes]];
        _arcCost = new double[_offset[nodes]];
        foreach (var edge in _graph.Edges)
        {
            var cost = edge.CapexEuro * _factor;
            (_arcTarget[fill[edge.From]], _arcEdge[fill[edge.From]], _arcCost[fill[edge.From]++]) = (edge.To, edge.Index, cost);
            (_arcTarget[fill[edge.To]], _arcEdge[fill[edge.To]], _arcCost[fill[edge.To]++]) = (edge.From, edge.Index, cost);
        }

        _radioBySite = instance.RadioCandidates.ToLookup(c => c.SiteIndex);
        _radioByHub = instance.RadioCandidates.ToLookup(c => c.HubIndex);
        _hubOfSite = Enumerable.Repeat(-1, sites).ToArray();
        foreach (var hub in instance.Hubs.Where(h => h.SiteIndex >= 0 && !h.HasFibreAlready))
        {
            _hubOfSite[hub.SiteIndex] = hub.Index;
        }
        _s = new Snapshot(sites, nodes, _graph.Edges.Count, instance.Hubs.Count);
        foreach (var tap in _graph.TapNodes)
        {
            _s.Distance[tap] = _graph.Nodes[tap].TapCostEuro * _factor;
            _queue.Enqueue(tap, (_s.Distance[tap], tap));
        }

        Relax();
    }

    public NetworkDesign ToDesign() =>
        new((Technology?[])_s.Technology.Clone(), (int[])_s.Hub.Clone(), (bool[])_s.Built.Clone(), (bool[])_s.TapUsed.Clone());

    /// <summary>Step 1: cheapest non-fibre option per site, Richtfunk only to hubs with fibre today.</summary>
    public void ChooseNonFibre(CancellationToken cancellationToken)
    {
        foreach (var site in RadioPriority())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var spec = _instance.Sites[site];
            SiteOption? best = null;
            var bestHub = -1;
            foreach (var option in spec.Options.Where(o => o.Technology != Technology.Fibre).OrderBy(o => o.NpvEuro).ThenBy(o => o.Technology))
            {
                if (!FitsCapex(option.CapexEuro))
                {
                    continue;
                }

                var hub = option.Technology == Technology.Radio ? FreeHub(site, existingFibreOnly: true) : -1;
                if (option.Technology == Technology.Radio && (hub < 0 || _s.RadioInstalls >= _instance.RadioInstallsUntilDeadline))
                {
                    continue;
                }

                (best, bestHub) = (option, hub);
                break;
            }

            if (best is not null)
            {
                Assign(site, best, bestHub);
            }
        }
    }

    /// <summary>Step 2: grow fibre while a site (or a seed with the sites it relays) lowers the total cost.</summary>
    public void GrowFibre(int seedsPerRound, CancellationToken cancellationToken)
    {
        var trials = 0;
        var maxTrials = 4 * (_instance.Sites.Count + 1);
        while (true)
        {
            GrowSingles(cancellationToken);
            var improved = false;
            foreach (var seed in Seeds(seedsPerRound))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (++trials > maxTrials)
                {
                    return;
                }

                var saved = _s.Clone();
                var delta = Connect(seed);
                if (delta is { } d)
                {
                    d += GrowSingles(cancellationToken);
                    if (d < -1e-6)
                    {
                        improved = true;
                        break;
                    }
                }

                _s = saved;
            }

            if (!improved)
            {
                return;
            }
        }
    }

    /// <summary>Step 3: sites on a leased line or unserved take Richtfunk to a hub with fibre where that is cheaper.</summary>
    public void ReassignRadio(CancellationToken cancellationToken)
    {
        foreach (var site in RadioPriority())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var spec = _instance.Sites[site];
            if (_s.Technology[site] is Technology.Fibre or Technology.Radio || spec.Option(Technology.Radio) is not { } radio)
            {
                continue;
            }

            var current = _s.Technology[site] is { } t ? spec.Option(t)! : null;
            var currentCost = current?.NpvEuro ?? DesignEvaluator.UnservedPenaltyEuro;
            if (radio.NpvEuro >= currentCost || _s.RadioInstalls >= _instance.RadioInstallsUntilDeadline
                || !FitsCapex(radio.CapexEuro - (current?.CapexEuro ?? 0)))
            {
                continue;
            }

            var hub = FreeHub(site, existingFibreOnly: false);
            if (hub >= 0)
            {
                Unassign(site);
                Assign(site, radio, hub);
            }
        }
    }

    /// <summary>
    /// Step 3b: an unserved site that could have Richtfunk to a hub with fibre and a free link, but finds every radio
    /// install up to the deadline taken, gets one from a Richtfunk site that moves to its leased line or to fibre,
    /// whichever costs less, when that costs less than leaving the site unserved. Uses the growth step's paths.
    /// </summary>
    public void ServeUnservedByFreeingInstalls(CancellationToken cancellationToken)
    {
        foreach (var site in RadioPriority())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_s.Technology[site] is not null || _instance.Sites[site].Option(Technology.Radio) is not { } radio
                || _s.RadioInstalls < _instance.RadioInstallsUntilDeadline || FreeHub(site, existingFibreOnly: false) < 0)
            {
                continue;
            }

            var (mover, cost, toFibre) = (-1, DesignEvaluator.UnservedPenaltyEuro - radio.NpvEuro, false);
            for (var u = 0; u < _s.Technology.Length; u++)
            {
                if (_s.Technology[u] != Technology.Radio || u == site)
                {
                    continue;
                }

                var current = _instance.Sites[u].Option(Technology.Radio)!;
                if (_instance.Sites[u].Option(Technology.Leased) is { } leased && leased.NpvEuro - current.NpvEuro < cost
                    && FitsCapex(leased.CapexEuro - current.CapexEuro + radio.CapexEuro))
                {
                    (mover, cost, toFibre) = (u, leased.NpvEuro - current.NpvEuro, false);
                }

                if (-Gain(u) < cost)
                {
                    (mover, cost, toFibre) = (u, -Gain(u), true);
                }
            }

            if (mover < 0)
            {
                continue;
            }

            if (toFibre ? Connect(mover) is null : !MoveToLeased(mover))
            {
                continue;
            }

            var hub = FreeHub(site, existingFibreOnly: false);
            if (hub >= 0 && FitsCapex(radio.CapexEuro))
            {
                Assign(site, radio, hub);
            }
        }
    }

    private bool MoveToLeased(int site)
    {
        var leased = _instance.Sites[site].Option(Technology.Leased)!;
        Unassign(site);
        Assign(site, leased, -1);
        return true;
    }

    /// <summary>
    /// Re-routes fibre leaves: a fibre site at the end of a branch (see <see cref="Branch"/>) loses the branch and gets
    /// the cheapest path (by CAPEX) from the rest of the network or a new tap, kept when cheaper and within the trench
    /// and CAPEX limits. Two passes in site order. The shortest-path forest of the growth step is not valid afterwards.
    /// </summary>
    public void ImproveRoutes(CancellationToken cancellationToken)
    {
        var degree = BuiltDegree();
        var dijkstra = new Dijkstra(_graph);
        for (var pass = 0; pass < 2; pass++)
        {
            var changed = false;
            var connected = DesignRepair.Connected(_instance, _s.Built, _s.TapUsed);
            for (var site = 0; site < _siteNode.Length; site++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (_s.Technology[site] == Technology.Fibre)
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

    // connected: nodes joined to a used tap, kept up to date (a branch hangs off the rest, so removing it disconnects
    // only its own nodes).
    private bool TryReroute(int site, int[] degree, Dijkstra dijkstra, bool[] connected)
    {
        var (branch, endTap) = Branch(site, degree);
        if (branch.Count == 0)
        {
            return false;
        }

        var oldCapex = branch.Sum(e => _graph.Edges[e].CapexEuro) + (endTap >= 0 ? _graph.Nodes[endTap].TapCostEuro : 0);
        var oldTrench = branch.Sum(e => _graph.Edges[e].TrenchMetres);
        SetBranch(branch, endTap, false, degree);
        var target = _siteNode[site];
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
            if (!connected[v] && _graph.Nodes[v].Kind == CandidateNodeKind.Tap)
            {
                reached.Add(v);
            }

            return connected[v];
        }, 1, reached);
        var (end, newCapex) = (-1, double.PositiveInfinity);
        foreach (var v in reached)
        {
            var cost = dijkstra.Distance(v) + (connected[v] ? 0 : _graph.Nodes[v].TapCostEuro);
            if (cost < newCapex)
            {
                (end, newCapex) = (v, cost);
            }
        }

        var path = new List<int>();
        for (var v = end; newCapex < oldCapex - 1e-6 && v != target; v = _graph.Edges[path[^1]].Other(v))
        {
            path.Add(dijkstra.PredecessorEdge(v));
        }

        var root = end;
        var newTrench = path.Sum(e => _graph.Edges[e].TrenchMetres);
        var limitOk = _s.TrenchMetres - oldTrench + newTrench <= _instance.TrenchMetresUntilDeadline + 1e-6
            && FitsCapex(newCapex - oldCapex);
        if (newCapex >= oldCapex - 1e-6 || !limitOk)
        {
            SetBranch(branch, endTap, true, degree);
            foreach (var v in branchNodes)
            {
                connected[v] = true;
            }

            return false;
        }

        _s.TrenchMetres += newTrench - oldTrench;
        _s.Capex += newCapex - oldCapex;
        SetBranch(path, connected[root] ? -1 : root, true, degree);
        foreach (var v in BranchNodes(target, path, true))
        {
            connected[v] = true;
        }

        return true;
    }

    /// <summary>Nodes along a path of edges from <paramref name="start"/>, without its last node unless asked.</summary>
    private List<int> BranchNodes(int start, List<int> edges, bool withLast)
    {
        var nodes = new List<int> { start };
        var v = start;
        foreach (var e in edges)
        {
            v = _graph.Edges[e].Other(v);
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
            _s.Built[e] = built;
            degree[_graph.Edges[e].From] += built ? 1 : -1;
            degree[_graph.Edges[e].To] += built ? 1 : -1;
        }

        if (tap >= 0)
        {
            _s.TapUsed[tap] = built;
        }
    }

    private int[] BuiltDegree()
    {
        var degree = new int[_graph.Nodes.Count];
        foreach (var edge in _graph.Edges.Where(e => _s.Built[e.Index]))
        {
            degree[edge.From]++;
            degree[edge.To]++;
        }

        return degree;
    }

    /// <summary>
    /// Step 4: a fibre site switches to Richtfunk (to a hub with fibre and a free link) where the link costs less than
    /// its fibre option plus the trench branch only it uses (up to the next fork, fibre site or tap). Sites that serve
    /// as a hub stay on fibre. Two passes in site order.
    /// </summary>
    public void SwitchFibreToRadio(CancellationToken cancellationToken)
    {
        var degree = BuiltDegree();

        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var site in Enumerable.Range(0, _siteNode.Length))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (_s.Technology[site] == Technology.Fibre && _instance.Sites[site].Option(Technology.Radio) is { } radio && !ServesAsHub(site))
                {
                    TrySwitchToRadio(site, radio, degree);
                }
            }
        }
    }

    private void TrySwitchToRadio(int site, SiteOption radio, int[] degree)
    {
        var (branch, endTap) = Branch(site, degree);
        var branchCapex = branch.Sum(e => _graph.Edges[e].CapexEuro) + (endTap >= 0 ? _graph.Nodes[endTap].TapCostEuro : 0);
        var fibre = _instance.Sites[site].Option(Technology.Fibre)!;
        var saving = _fibreCost[site] + (_factor * branchCapex) - radio.NpvEuro;
        if (saving <= 1e-6 || _s.RadioInstalls >= _instance.RadioInstallsUntilDeadline
            || !FitsCapex(radio.CapexEuro - fibre.CapexEuro - branchCapex))
        {
            return;
        }

        var hub = FreeHub(site, existingFibreOnly: false);
        if (hub < 0)
        {
            return;
        }

        _s.TrenchMetres -= branch.Sum(e => _graph.Edges[e].TrenchMetres);
        SetBranch(branch, endTap, false, degree);

        _s.Capex -= branchCapex;
        Unassign(site);
        Assign(site, radio, hub);
    }

    /// <summary>
    /// Built edges only the site uses: from its node (when a leaf) to the next fork, fibre site or used tap; the tap
    /// too (returned) when the branch is all its component has.
    /// </summary>
    private (List<int> Edges, int EndTap) Branch(int site, int[] degree)
    {
        var edges = new List<int>();
        var node = _siteNode[site];
        if (degree[node] != 1 || _s.TapUsed[node])
        {
            return (edges, -1);
        }

        var previousEdge = -1;
        while (true)
        {
            var e = _graph.Incident(node).First(i => _s.Built[i] && i != previousEdge);
            edges.Add(e);
            node = _graph.Edges[e].Other(node);
            var fibreSite = _graph.Nodes[node].SiteIndex >= 0 && _s.Technology[_graph.Nodes[node].SiteIndex] == Technology.Fibre;
            if (fibreSite || _s.TapUsed[node] || degree[node] != 2)
            {
                return (edges, _s.TapUsed[node] && degree[node] == 1 ? node : -1);
            }

            previousEdge = e;
        }
    }

    /// <summary>Whether a Richtfunk site relies on this site's fibre as its hub.</summary>
    private bool ServesAsHub(int site)
    {
        for (var t = 0; t < _s.Hub.Length; t++)
        {
            var h = _s.Hub[t];
            if (h >= 0 && _instance.Hubs[h].SiteIndex == site && !_instance.Hubs[h].HasFibreAlready)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Connects the best saving site until none saves; returns the change of the objective.</summary>
    private double GrowSingles(CancellationToken cancellationToken)
    {
        var total = 0.0;
        var blocked = new HashSet<int>();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var best = -1;
            var bestGain = Eps;
            for (var site = 0; site < _siteNode.Length; site++)
            {
                if (blocked.Contains(site))
                {
                    continue;
                }

                var gain = Gain(site);
                if (gain > bestGain)
                {
                    (best, bestGain) = (site, gain);
                }
            }

            if (best < 0)
            {
                return total;
            }

            if (Connect(best) is { } delta)
            {
                total += delta;
                blocked.Clear();
            }
            else
            {
                blocked.Add(best);
            }
        }
    }

    /// <summary>Up to <paramref name="count"/> reachable non-fibre sites that lose least by fibre, least loss first.</summary>
    private int[] Seeds(int count) =>
        Enumerable.Range(0, _siteNode.Length)
            .Select(site => (site, gain: Gain(site)))
            .Where(x => !double.IsNegativeInfinity(x.gain))
            .OrderByDescending(x => x.gain).ThenBy(x => x.site)
            .Take(count)
            .Select(x => x.site)
            .ToArray();

    /// <summary>What connecting the site now saves (negative: costs more); -∞ when it cannot get fibre now.</summary>
    private double Gain(int site)
    {
        var node = _siteNode[site];
        if (node < 0 || _s.Technology[site] == Technology.Fibre || double.IsPositiveInfinity(_s.Distance[node]))
        {
            return double.NegativeInfinity;
        }

        var gain = CurrentCost(site) - (_s.Distance[node] + _fibreCost[site]);
        foreach (var (_, saving) in HubSavings(site))
        {
            gain += saving;
        }

        return gain;
    }

    /// <summary>
    /// What the site's fibre would save as a Richtfunk hub: the sites without fibre or Richtfunk that are candidates of
    /// its hub and pay more now than for a link, most saving first, up to the hub's free links.
    /// </summary>
    private List<(int Site, double Saving)> HubSavings(int site)
    {
        var h = _hubOfSite[site];
        if (h < 0)
        {
            return NoSavings;
        }

        var result = new List<(int Site, double Saving)>();

        foreach (var candidate in _radioByHub[h])
        {
            var t = candidate.SiteIndex;
            if (t != site && _s.Technology[t] is not (Technology.Fibre or Technology.Radio)
                && _instance.Sites[t].Option(Technology.Radio) is { } radio && CurrentCost(t) - radio.NpvEuro > Eps)
            {
                result.Add((t, CurrentCost(t) - radio.NpvEuro));
            }
        }

        var free = Math.Max(0, _instance.Hubs[h].MaxLinks - _s.HubLinks[h]);
        if (result.Count > 1)
        {
            result.Sort((a, b) => a.Saving != b.Saving ? b.Saving.CompareTo(a.Saving) : a.Site.CompareTo(b.Site));
        }

        return result.Count > free ? result[..free] : result;
    }

    /// <summary>Links the sites that <see cref="HubSavings"/> names to the site's new hub; returns the change of the objective.</summary>
    private double LinkToNewHub(int site)
    {
        var delta = 0.0;
        var h = _hubOfSite[site];
        foreach (var (t, saving) in HubSavings(site))
        {
            var radio = _instance.Sites[t].Option(Technology.Radio)!;
            var current = _s.Technology[t] is { } tech ? _instance.Sites[t].Option(tech) : null;
            if (_s.RadioInstalls < _instance.RadioInstallsUntilDeadline && FitsCapex(radio.CapexEuro - (current?.CapexEuro ?? 0)))
            {
                Unassign(t);
                Assign(t, radio, h);
                delta -= saving;
            }
        }

        return delta;
    }

    private double CurrentCost(int site) =>
        _s.Technology[site] is { } t ? _instance.Sites[site].Option(t)!.NpvEuro : DesignEvaluator.UnservedPenaltyEuro;

    /// <summary>Connects the site along its shortest path when the limits allow; returns the change of the objective, or null.</summary>
    private double? Connect(int site)
    {
        var node = _siteNode[site];
        var spec = _instance.Sites[site];
        var fibre = spec.Option(Technology.Fibre)!;
        var current = _s.Technology[site] is { } t ? spec.Option(t) : null;
        var path = new List<int>();
        var root = node;
        while (_s.Predecessor[root] >= 0)
        {
            path.Add(_s.Predecessor[root]);
            root = _graph.Edges[_s.Predecessor[root]].Other(root);
        }

        var newTap = !_s.InTree[root];
        var trench = path.Sum(e => _graph.Edges[e].TrenchMetres);
        var networkCapex = path.Sum(e => _graph.Edges[e].CapexEuro) + (newTap ? _graph.Nodes[root].TapCostEuro : 0);
        var capex = networkCapex + fibre.CapexEuro - (current?.CapexEuro ?? 0);
        if (_s.TrenchMetres + trench > _instance.TrenchMetresUntilDeadline + (Eps * Math.Max(1, _instance.TrenchMetresUntilDeadline))
            || !FitsCapex(capex + RadioReserve(site)))
        {
            return null;
        }

        var delta = _s.Distance[node] + _fibreCost[site] - CurrentCost(site);
        var hubbed = HubSavings(site).Count > 0;
        _s.TrenchMetres += trench;
        Unassign(site);
        Assign(site, fibre, -1);
        _s.Capex += networkCapex;
        if (newTap)
        {
            _s.TapUsed[root] = true;
        }

        AddToTree(root);
        var v = root;
        for (var k = path.Count - 1; k >= 0; k--)
        {
            _s.Built[path[k]] = true;
            v = _graph.Edges[path[k]].Other(v);
            AddToTree(v);
        }

        Relax();
        return hubbed ? delta + LinkToNewHub(site) : delta;
    }

    private void AddToTree(int node)
    {
        if (_s.InTree[node])
        {
            return;
        }

        _s.InTree[node] = true;
        _s.Distance[node] = 0;
        _s.Predecessor[node] = -1;
        _queue.Enqueue(node, (0, node));
    }

    /// <summary>Dijkstra from the queued nodes; distances only fall, so earlier results stay valid elsewhere.</summary>
    private void Relax()
    {
        var distance = _s.Distance;
        var predecessor = _s.Predecessor;
        while (_queue.TryDequeue(out var v, out var key))
        {
            if (key.Item1 > distance[v])
            {
                continue;
            }

            for (var a = _offset[v]; a < _offset[v + 1]; a++)
            {
                var w = _arcTarget[a];
                var candidate = key.Item1 + _arcCost[a];
                if (candidate < distance[w])
                {
                    distance[w] = candidate;
                    predecessor[w] = _arcEdge[a];
                    _queue.Enqueue(w, (candidate, w));
                }
            }
        }
    }

    /// <summary>CAPEX kept free for the Richtfunk links of unserved sites (other than <paramref name="except"/>) that have one.</summary>
    private double RadioReserve(int except)
    {
        var reserve = 0.0;
        foreach (var spec in _instance.Sites)
        {
            if (spec.Index != except && !spec.KeepsCurrentUplink && _s.Technology[spec.Index] is null
                && spec.Option(Technology.Radio) is { } radio && _radioBySite[spec.Index].Any())
            {
                reserve += radio.CapexEuro;
            }
        }

        return reserve;
    }

    /// <summary>
    /// Sites that do not keep their uplink: those whose leased line is dearest (or missing) first, then those that
    /// cannot get fibre, then by index.
    /// </summary>
    private int[] RadioPriority() =>
        _instance.Sites
            .Where(s => !s.KeepsCurrentUplink && s.Options.Count > 0)
            .Select(s => (s.Index, other: s.Options
                .Where(o => o.Technology == Technology.Leased)
                .Select(o => o.NpvEuro)
                .DefaultIfEmpty(DesignEvaluator.UnservedPenaltyEuro)
                .Min()))
            .OrderByDescending(x => x.other)
            .ThenBy(x => _siteNode[x.Index] >= 0)
            .ThenBy(x => x.Index)
            .Select(x => x.Index)
            .ToArray();

    /// <summary>First candidate hub of the site (by distance) that has fibre and a free link; -1 when none.</summary>
    private int FreeHub(int site, bool existingFibreOnly)
    {
        foreach (var candidate in _radioBySite[site])
        {
            var hub = _instance.Hubs[candidate.HubIndex];
            var hasFibre = hub.HasFibreAlready
                || (!existingFibreOnly && hub.SiteIndex >= 0 && _s.Technology[hub.SiteIndex] == Technology.Fibre);
            if (hasFibre && _s.HubLinks[hub.Index] < hub.MaxLinks)
            {
                return hub.Index;
            }
        }

        return -1;
    }

    private bool FitsCapex(double extra) =>
        _s.Capex + extra <= _instance.CapexBudgetUntilDeadline + (Eps * Math.Max(1, _instance.CapexBudgetUntilDeadline));

    private void Assign(int site, SiteOption option, int hub)
    {
        _s.Technology[site] = option.Technology;
        _s.Hub[site] = hub;
        _s.Capex += option.CapexEuro;
        if (hub >= 0)
        {
            _s.HubLinks[hub]++;
            _s.RadioInstalls++;
        }
    }

    private void Unassign(int site)
    {
        if (_s.Technology[site] is not { } t)
        {
            return;
        }

        _s.Capex -= _instance.Sites[site].Option(t)!.CapexEuro;
        if (_s.Hub[site] >= 0)
        {
            _s.HubLinks[_s.Hub[site]]--;
            _s.RadioInstalls--;
        }

        _s.Technology[site] = null;
        _s.Hub[site] = -1;
    }

    /// <summary>Everything the greedy changes, so a trial can be undone.</summary>
    private sealed class Snapshot
    {
        public Snapshot(int sites, int nodes, int edges, int hubs)
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

        private Snapshot(Snapshot other)
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

        public bool[] InTree { get; }

        public double[] Distance { get; }

        public int[] Predecessor { get; }

        public int[] HubLinks { get; }

        public double Capex { get; set; }

        public double TrenchMetres { get; set; }

        public int RadioInstalls { get; set; }

        public Snapshot Clone() => new(this);
    }
}
