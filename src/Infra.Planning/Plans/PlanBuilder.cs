using Infra.Core.Network;
using Infra.Core.Plans;
using Infra.Core.Sites;
using Infra.Planning.Design;
using Infra.Planning.Evaluation;
using Infra.Planning.Graph;
using Infra.Planning.Instance;
using NetTopologySuite.Geometries;

namespace Infra.Planning.Plans;

/// <summary>
/// Turns a design into a <see cref="Plan"/>: attributes shared trenches and taps to the fibre sites behind them,
/// computes every site's standalone alternatives against the rest of the plan, and gives the reasons as codes.
/// </summary>
public static class PlanBuilder
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), Core.Network.Srid.Etrs89Utm32);

    public static Plan Build(PlanningInstance instance, DesignOptimizerResult result)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(result);
        var design = result.Design;
        var graph = instance.Graph;
        var factor = instance.PassiveNpvFactor;
        var upkeep = instance.Costs.Parameters.FibrePassiveUpkeepRate;
        var forest = new Forest(graph, design);

        // Which fibre sites each built edge and each used tap serves.
        var edgeUsers = new int[graph.Edges.Count];
        var tapUsers = new Dictionary<int, int>();
        var pathOf = new Dictionary<int, (List<int> Edges, int Tap)>();
        foreach (var s in instance.Sites.Where(s => design.Technology[s.Index] == Technology.Fibre))
        {
            var path = forest.PathToTap(graph.SiteNode[s.Index]);
            pathOf[s.Index] = path;
            path.Edges.ForEach(e => edgeUsers[e]++);
            if (path.Tap >= 0)
            {
                tapUsers[path.Tap] = tapUsers.GetValueOrDefault(path.Tap) + 1;
            }
        }

        var standaloneFibre = StandaloneFibreCost(instance, design, forest);
        var unserved = UnservedAnalysis.Analyze(instance, design).ToDictionary(u => u.SiteIndex);
        var sites = new List<PlannedSite>();
        foreach (var s in instance.Sites)
        {
            var tech = design.Technology[s.Index];
            double capex = 0, opex = 0, npv = 0, trench = 0;
            string? hubId = null;
            if (tech is { } t && s.Option(t) is { } option)
            {
                (capex, opex, npv) = (option.CapexEuro, option.OpexPerYearEuro, option.NpvEuro);
                if (t == Technology.Fibre && pathOf.TryGetValue(s.Index, out var path))
                {
                    var passive = path.Edges.Sum(e => graph.Edges[e].CapexEuro / edgeUsers[e]);
                    if (path.Tap >= 0)
                    {
                        passive += graph.Nodes[path.Tap].TapCostEuro / tapUsers[path.Tap];
                    }

                    trench = path.Edges.Sum(e => graph.Edges[e].TrenchMetres / edgeUsers[e]);
                    capex += passive;
                    opex += passive * upkeep;
                    npv += passive * factor;
                }
                else if (t == Technology.Radio && design.Hub[s.Index] >= 0)
                {
                    hubId = instance.Hubs[design.Hub[s.Index]].Id;
                }
            }

            var alternatives = Alternatives(instance, design, s, standaloneFibre)
                .Select(a => a.Technology == PlanTechnology.Fibre && tech == Technology.Fibre ? a with { NpvEur = npv } : a).ToList();
            sites.Add(new PlannedSite(s.Site, s.DemandMbps, tech, s.KeepsCurrentUplink, hubId, trench, capex, opex, npv, alternatives,
                Reason(s, tech, unserved.GetValueOrDefault(s.Index))));
        }

        // A shared house connection is no trench: nothing to dig or to track.
        var trenches = graph.Edges.Where(e => design.EdgeBuilt[e.Index] && e.Kind != CandidateEdgeKind.SharedEntry).Select(e => new PlannedTrench(
            e.Index, e.Geometry, KindOf(e.Kind), e.LengthM, e.TrenchMetres, e.CapexEuro, edgeUsers[e.Index], e.SourceIds)).ToArray();
        var links = instance.Sites.Where(s => design.Technology[s.Index] == Technology.Radio && design.Hub[s.Index] >= 0).Select(s =>
        {
            var hub = instance.Hubs[design.Hub[s.Index]];
            var candidate = instance.RadioCandidates.First(c => c.SiteIndex == s.Index && c.HubIndex == hub.Index);
            var line = Factory.CreateLineString([s.Site.Location.Coordinate.Copy(), new Coordinate(hub.X, hub.Y)]);
            return new PlannedLink(s.Site.Id.Value, hub.Id, line, candidate.DistanceM, candidate.LineOfSight);
        }).ToArray();

        // Edges or taps that serve no fibre site (none after pruning) still cost money: count them in the totals.
        var orphanCapex = trenches.Where(t => t.SitesServed == 0).Sum(t => t.CapexEuro)
            + graph.TapNodes.Where(n => design.TapUsed[n] && !tapUsers.ContainsKey(n)).Sum(n => graph.Nodes[n].TapCostEuro);
        var totals = new PlanTotals(
            sites.Sum(s => s.NpvEuro) + (orphanCapex * factor),
            sites.Sum(s => s.CapexEuro) + orphanCapex,
            sites.Sum(s => s.OpexPerYearEuro) + (orphanCapex * upkeep),
            trenches.Sum(t => t.TrenchMetres),
            trenches.Sum(t => t.CapexEuro),
            graph.TapNodes.Count(n => design.TapUsed[n]),
            sites.Count,
            sites.Count(s => s.Technology is not null),
            sites.Count(s => s.KeepsCurrentUplink),
            sites.Count(s => s.Technology is null && !s.KeepsCurrentUplink),
            TechnologyCounts.Of(sites.Select(s => s.Decision)),
            links.Length);
        var solver = new SolverFigures(
            result.Objective, result.BestBound, result.Gap, result.BoundLabel, result.Status, result.Method, result.WallSeconds, result.Nodes,
            result.CutRounds, result.Cuts, result.GreedyObjective, result.GreedySeconds, graph.Nodes.Count, graph.Edges.Count,
            instance.RadioCandidates.Count);
        var plan = new Plan(instance.Scenario.Name, sites, trenches, links, totals, solver);
        return plan with { Verdicts = PlanVerdicts.For(instance, plan) };
    }

    /// <summary>Cheapest passive CAPEX (path plus tap where a new one is needed) from the plan's fibre network to every node.</summary>
    private static double[] StandaloneFibreCost(PlanningInstance instance, NetworkDesign design, Forest forest)
    {
        var graph = instance.Graph;
        var sources = new List<(int, double)>();
        for (var v = 0; v < graph.Nodes.Count; v++)
        {
            if (forest.Connected(v))
            {
                sources.Add((v, 0));
            }
            else if (graph.Nodes[v].Kind == CandidateNodeKind.Tap)
            {
                sources.Add((v, graph.Nodes[v].TapCostEuro));
            }
        }

        var dijkstra = new Dijkstra(graph);
        dijkstra.Run(sources);
        return Enumerable.Range(0, graph.Nodes.Count).Select(dijkstra.Distance).ToArray();
    }

    private static List<PlanAlternative> Alternatives(PlanningInstance instance, NetworkDesign design, SiteSpec s, double[] standaloneFibre)
    {
        var list = new List<PlanAlternative>();
        foreach (var option in s.Options)
        {
            switch (option.Technology)
            {
                case Technology.Fibre when instance.Graph.SiteNode.TryGetValue(s.Index, out var node) && !double.IsPositiveInfinity(standaloneFibre[node]):
                    var passive = design.Technology[s.Index] == Technology.Fibre ? 0 : standaloneFibre[node];
                    list.Add(design.Technology[s.Index] == Technology.Fibre
                        ? new PlanAlternative(PlanTechnology.Fibre, option.NpvEuro, AlternativeNote.InPlanNetwork)
                        : new PlanAlternative(PlanTechnology.Fibre, option.NpvEuro + (passive * instance.PassiveNpvFactor), AlternativeNote.StandaloneFibre,
                            PassiveCapexEur: passive));
                    break;
                case Technology.Radio:
                    var hub = instance.RadioCandidates.Where(c => c.SiteIndex == s.Index && HubHasFibre(instance, design, c.HubIndex))
                        .OrderBy(c => c.DistanceM).FirstOrDefault();
                    if (hub is not null)
                    {
                        list.Add(new PlanAlternative(PlanTechnology.Radio, option.NpvEuro, AlternativeNote.Hub,
                            HubId: instance.Hubs[hub.HubIndex].Id, DistanceM: hub.DistanceM, LineOfSight: hub.LineOfSight));
                    }

                    break;
                case Technology.Leased:
                    list.Add(new PlanAlternative(PlanTechnology.Leased, option.NpvEuro, AlternativeNote.LeasedLine,
                        Mbps: instance.Costs.Parameters.LeasedMbps));
                    break;
            }
        }

        return list;
    }

    private static bool HubHasFibre(PlanningInstance instance, NetworkDesign design, int hubIndex)
    {
        var hub = instance.Hubs[hubIndex];
        return hub.HasFibreAlready || (hub.SiteIndex >= 0 && design.Technology[hub.SiteIndex] == Technology.Fibre);
    }

    /// <summary>
    /// Why: the current uplink stays, the optimiser chose the technology, none was possible, or the limits of the
    /// returned plan block it (per technology, from <see cref="UnservedAnalysis"/>).
    /// </summary>
    private static PlanReason Reason(SiteSpec s, Technology? chosen, UnservedSite? analysis)
    {
        if (s.KeepsCurrentUplink)
        {
            return new PlanReason(ReasonCode.KeepsUplink, [], s.Site.CurrentUplink, s.Site.CurrentUplinkMbps, s.DemandMbps);
        }

        if (chosen is not null)
        {
            return new PlanReason(ReasonCode.Chosen, s.Exclusions);
        }

        return analysis is { Additions.Count: > 0 }
            ? new PlanReason(ReasonCode.UnservedByLimits, s.Exclusions, Limits: UnservedReasons.Limits(analysis))
            : new PlanReason(ReasonCode.Unservable, s.Exclusions);
    }

    private static TrenchKind KindOf(CandidateEdgeKind kind) => kind switch
    {
        CandidateEdgeKind.Trench => TrenchKind.Trench,
        CandidateEdgeKind.Duct => TrenchKind.Duct,
        CandidateEdgeKind.ExistingLwl => TrenchKind.ExistingLwl,
        CandidateEdgeKind.Drop => TrenchKind.Drop,
        _ => TrenchKind.Fallback,
    };

    /// <summary>The built edges as a forest hanging from the used taps.</summary>
    private sealed class Forest
    {
        private readonly int[] _parentEdge;
        private readonly int[] _rootTap;
        private readonly CandidateGraph _graph;

        public Forest(CandidateGraph graph, NetworkDesign design)
        {
            _graph = graph;
            _parentEdge = Enumerable.Repeat(-1, graph.Nodes.Count).ToArray();
            _rootTap = Enumerable.Repeat(-1, graph.Nodes.Count).ToArray();
            var queue = new Queue<int>();
            foreach (var tap in graph.TapNodes.Where(t => design.TapUsed[t]))
            {
                _rootTap[tap] = tap;
                queue.Enqueue(tap);
            }

            while (queue.TryDequeue(out var v))
            {
                foreach (var e in graph.Incident(v).Where(e => design.EdgeBuilt[e]))
                {
                    var w = graph.Edges[e].Other(v);
                    if (_rootTap[w] < 0)
                    {
                        _rootTap[w] = _rootTap[v];
                        _parentEdge[w] = e;
                        queue.Enqueue(w);
                    }
                }
            }
        }

        public bool Connected(int node) => _rootTap[node] >= 0;

        public (List<int> Edges, int Tap) PathToTap(int node)
        {
            var edges = new List<int>();
            var v = node;
            while (_parentEdge[v] >= 0)
            {
                edges.Add(_parentEdge[v]);
                v = _graph.Edges[_parentEdge[v]].Other(v);
            }

            return (edges, _rootTap[node]);
        }
    }
}
