using Infra.Core.Sites;
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
    private readonly PriorityQueue<int, (double, int)> _queue = new();

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

        return CurrentCost(site) - (_s.Distance[node] + _fibreCost[site]);
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
            || !FitsCapex(capex))
        {
            return null;
        }

        var delta = _s.Distance[node] + _fibreCost[site] - CurrentCost(site);
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
        return delta;
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

    /// <summary>Sites that do not keep their uplink, those whose best option besides Richtfunk is dearest first.</summary>
    private int[] RadioPriority() =>
        _instance.Sites
            .Where(s => !s.KeepsCurrentUplink && s.Options.Count > 0)
            .Select(s => (s.Index, other: s.Options
                .Where(o => o.Technology == Technology.Leased)
                .Select(o => o.NpvEuro)
                .DefaultIfEmpty(DesignEvaluator.UnservedPenaltyEuro)
                .Min()))
            .OrderByDescending(x => x.other).ThenBy(x => x.Index)
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
