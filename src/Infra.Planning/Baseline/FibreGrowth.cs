using Infra.Core.Sites;
using Infra.Planning.Instance;

namespace Infra.Planning.Baseline;

/// <summary>
/// Step 2 of <see cref="GreedyBaseline"/>: Prim-like growth of fibre from the existing network. Keeps a shortest-path
/// forest by passive NPV from every tap (at its cost) and every node already joined (at 0), and each site's gain
/// (what connecting it now saves, including the Richtfunk sites its fibre would serve as a hub), recomputed only for
/// sites whose distance, choice or hub candidates changed.
/// </summary>
internal sealed class FibreGrowth
{
    private const double Eps = 1e-9;

    private static readonly List<(int Site, double Saving)> NoSavings = [];

    private readonly GreedyState _state;
    private readonly GreedyNetwork _net;
    private readonly GreedyClock _clock;
    private readonly PriorityQueue<int, (double, int)> _queue = new();
    private readonly double[] _gain;
    private readonly bool[] _dirty;

    public FibreGrowth(GreedyState state, GreedyClock clock)
    {
        _state = state;
        _net = state.Net;
        _clock = clock;
        _gain = new double[_net.SiteCount];
        _dirty = Enumerable.Repeat(true, _net.SiteCount).ToArray();
        state.SiteChanged = site =>
        {
            _dirty[site] = true;
            foreach (var hubSite in _net.HubSitesServing[site])
            {
                _dirty[hubSite] = true;
            }
        };
        var s = state.S;
        foreach (var tap in _net.Graph.TapNodes)
        {
            s.Distance[tap] = _net.Graph.Nodes[tap].TapCostEuro * _net.Factor;
            _queue.Enqueue(tap, (s.Distance[tap], tap));
        }

        for (var v = 0; v < s.InTree.Length; v++)
        {
            if (s.InTree[v])
            {
                (s.Distance[v], s.Predecessor[v]) = (0, -1);
                _queue.Enqueue(v, (0, v));
            }
        }

        Relax();
    }

    private GreedySnapshot S => _state.S;

    /// <summary>Passive NPV of the cheapest path from the network or a new tap to the node (infinity when none).</summary>
    public double DistanceTo(int node) => S.Distance[node];

    /// <summary>Grows fibre while a site (or a seed with the sites it then relays) lowers the total cost, until the clock stops it.</summary>
    public void GrowFibre(int seedsPerRound, CancellationToken cancellationToken)
    {
        var trials = 0;
        var maxTrials = 4 * (_net.SiteCount + 1);
        while (!_clock.Expired)
        {
            GrowSingles(cancellationToken);
            var improved = false;
            foreach (var seed in Seeds(seedsPerRound))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (++trials > maxTrials || _clock.Expired)
                {
                    return;
                }

                var saved = S.Clone();
                var delta = Connect(seed);
                if (delta is { } d)
                {
                    d += GrowSingles(cancellationToken);
                    // A trial cut short by the clock is kept only if it already saves: the better design so far.
                    if (d < -1e-6)
                    {
                        improved = true;
                        break;
                    }
                }

                Restore(saved);
            }

            if (!improved)
            {
                return;
            }
        }
    }

    /// <summary>What connecting the site now saves (negative: costs more); -∞ when it cannot get fibre now.</summary>
    public double Gain(int site)
    {
        if (!_dirty[site])
        {
            return _gain[site];
        }

        _dirty[site] = false;
        var node = _net.SiteNode[site];
        if (node < 0 || S.Technology[site] == Technology.Fibre || double.IsPositiveInfinity(S.Distance[node]))
        {
            return _gain[site] = double.NegativeInfinity;
        }

        var gain = _state.CurrentCost(site) - (S.Distance[node] + _net.FibreCost[site]);
        foreach (var (_, saving) in HubSavings(site))
        {
            gain += saving;
        }

        return _gain[site] = gain;
    }

    /// <summary>Connects the site along its shortest path when the limits allow; returns the change of the objective, or null.</summary>
    public double? Connect(int site)
    {
        var node = _net.SiteNode[site];
        var graph = _net.Graph;
        var fibre = _state.Instance.Sites[site].Option(Technology.Fibre)!;
        var path = new List<int>();
        var root = node;
        while (S.Predecessor[root] >= 0)
        {
            path.Add(S.Predecessor[root]);
            root = graph.Edges[S.Predecessor[root]].Other(root);
        }

        var newTap = !S.InTree[root];
        var trench = path.Sum(e => graph.Edges[e].TrenchMetres);
        var networkCapex = path.Sum(e => graph.Edges[e].CapexEuro) + (newTap ? graph.Nodes[root].TapCostEuro : 0);
        var capex = networkCapex + fibre.CapexEuro - (_state.CurrentOption(site)?.CapexEuro ?? 0);
        if (!_state.FitsTrench(trench) || !_state.FitsCapex(capex))
        {
            return null;
        }

        var delta = S.Distance[node] + _net.FibreCost[site] - _state.CurrentCost(site);
        var hubbed = HubSavings(site).Count > 0;
        S.TrenchMetres += trench;
        _state.Reassign(site, fibre, -1);
        S.Capex += networkCapex;
        if (newTap)
        {
            S.TapUsed[root] = true;
        }

        AddToTree(root);
        var v = root;
        for (var k = path.Count - 1; k >= 0; k--)
        {
            S.Built[path[k]] = true;
            v = graph.Edges[path[k]].Other(v);
            AddToTree(v);
        }

        Relax();
        return hubbed ? delta + LinkToNewHub(site) : delta;
    }

    /// <summary>Connects the best saving site until none saves or the clock stops; returns the change of the objective.</summary>
    private double GrowSingles(CancellationToken cancellationToken)
    {
        var total = 0.0;
        var blocked = new bool[_net.SiteCount];
        var anyBlocked = false;
        while (!_clock.Expired)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var best = -1;
            var bestGain = Eps;
            for (var site = 0; site < _net.SiteCount; site++)
            {
                if (_net.SiteNode[site] < 0 || blocked[site])
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
                if (anyBlocked)
                {
                    Array.Clear(blocked);
                    anyBlocked = false;
                }
            }
            else
            {
                blocked[best] = true;
                anyBlocked = true;
            }
        }

        return total;
    }

    /// <summary>Up to <paramref name="count"/> reachable non-fibre sites that lose least by fibre, least loss first.</summary>
    private int[] Seeds(int count) =>
        Enumerable.Range(0, _net.SiteCount)
            .Select(site => (site, gain: Gain(site)))
            .Where(x => !double.IsNegativeInfinity(x.gain))
            .OrderByDescending(x => x.gain).ThenBy(x => x.site)
            .Take(count)
            .Select(x => x.site)
            .ToArray();

    /// <summary>
    /// What the site's fibre would save as a Richtfunk hub: the sites without fibre or Richtfunk that are candidates of
    /// its hub and pay more now than for a link, most saving first, up to the hub's free links.
    /// </summary>
    private List<(int Site, double Saving)> HubSavings(int site)
    {
        var h = _net.HubOfSite[site];
        if (h < 0)
        {
            return NoSavings;
        }

        var result = new List<(int Site, double Saving)>();
        foreach (var candidate in _net.RadioByHub[h])
        {
            var t = candidate.SiteIndex;
            if (t != site && S.Technology[t] is not (Technology.Fibre or Technology.Radio)
                && _state.Instance.Sites[t].Option(Technology.Radio) is { } radio && _state.CurrentCost(t) - radio.NpvEuro > Eps)
            {
                result.Add((t, _state.CurrentCost(t) - radio.NpvEuro));
            }
        }

        var free = Math.Max(0, _state.Instance.Hubs[h].MaxLinks - S.HubLinks[h]);
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
        var h = _net.HubOfSite[site];
        foreach (var (t, saving) in HubSavings(site))
        {
            var radio = _state.Instance.Sites[t].Option(Technology.Radio)!;
            if (_state.CanSwitchToRadio(t, radio))
            {
                _state.Reassign(t, radio, h);
                delta -= saving;
            }
        }

        return delta;
    }

    private void Restore(GreedySnapshot saved)
    {
        _state.S = saved;
        Array.Fill(_dirty, true);
    }

    private void AddToTree(int node)
    {
        if (S.InTree[node])
        {
            return;
        }

        S.InTree[node] = true;
        S.Distance[node] = 0;
        S.Predecessor[node] = -1;
        MarkNode(node);
        _queue.Enqueue(node, (0, node));
    }

    /// <summary>Dijkstra from the queued nodes; distances only fall, so earlier results stay valid elsewhere.</summary>
    private void Relax()
    {
        var distance = S.Distance;
        var predecessor = S.Predecessor;
        while (_queue.TryDequeue(out var v, out var key))
        {
            if (key.Item1 > distance[v])
            {
                continue;
            }

            for (var a = _net.Offset[v]; a < _net.Offset[v + 1]; a++)
            {
                var w = _net.ArcTarget[a];
                var candidate = key.Item1 + _net.ArcCost[a];
                if (candidate < distance[w])
                {
                    distance[w] = candidate;
                    predecessor[w] = _net.ArcEdge[a];
                    MarkNode(w);
                    _queue.Enqueue(w, (candidate, w));
                }
            }
        }
    }

    private void MarkNode(int node)
    {
        var site = _net.SiteAtNode[node];
        if (site >= 0)
        {
            _dirty[site] = true;
        }
    }
}
