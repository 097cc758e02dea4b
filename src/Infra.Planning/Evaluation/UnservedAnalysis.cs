using Infra.Core.Sites;
using Infra.Planning.Graph;
using Infra.Planning.Instance;
using Infra.Core.Plans;
using Infra.Planning.Costs;

namespace Infra.Planning.Evaluation;

/// <summary>
/// Why a design leaves a site unserved: for every site that does not keep its uplink, has options and got none, the
/// cheapest addition per technology to the design as it is (leased line; Richtfunk to the nearest hub that has fibre
/// in the design with a free link; fibre along the cheapest path by CAPEX from the design's network or a new tap) and
/// the limit up to the deadline that it would break, with what it needs and what is left. A limit is named only where
/// it really blocks that addition in this design.
/// </summary>
public static class UnservedAnalysis
{
    private const double Eps = 1e-9;

    /// <summary>The unserved sites with options, in site order.</summary>
    public static IReadOnlyList<UnservedSite> Analyze(PlanningInstance instance, NetworkDesign design)
    {
        var cost = DesignEvaluator.Evaluate(instance, design);
        var unserved = instance.Sites
            .Where(s => !s.KeepsCurrentUplink && s.Options.Count > 0 && design.Technology[s.Index] is null)
            .ToArray();
        if (unserved.Length == 0)
        {
            return [];
        }

        var left = new Room(
            instance.CapexBudgetUntilDeadline - cost.CapexEuro,
            instance.TrenchMetresUntilDeadline - cost.TrenchMetres,
            instance.RadioInstallsUntilDeadline - cost.RadioSites);
        var (paths, connected) = FibrePaths(instance, design);
        var hubLinks = new int[instance.Hubs.Count];
        foreach (var h in design.Hub.Where(h => h >= 0))
        {
            hubLinks[h]++;
        }

        var radioBySite = instance.RadioCandidates.ToLookup(c => c.SiteIndex);
        return unserved.Select(s => new UnservedSite(s.Index, s.Options
                .Select(o => o.Technology switch
                {
                    Technology.Fibre => Fibre(instance, s, o, paths, connected, left),
                    Technology.Radio => Radio(instance, design, o, radioBySite[s.Index], hubLinks, left),
                    _ => Leased(o, left),
                })
                .OfType<SiteAddition>()
                .OrderBy(a => a.NpvEuro).ThenBy(a => a.Technology)
                .ToArray()))
            .ToArray();
    }

    private static SiteAddition Leased(SiteOption option, Room left) =>
        Checked(new SiteAddition(option.Technology, option.CapexEuro, option.NpvEuro, 0, -1, [], -1, LimitCode.FitsLimits, 0, 0), left);

    private static SiteAddition Radio(PlanningInstance instance, NetworkDesign design, SiteOption option, IEnumerable<RadioCandidate> candidates,
        int[] hubLinks, Room left)
    {
        var lit = candidates
            .Select(c => instance.Hubs[c.HubIndex])
            .Where(h => h.HasFibreAlready || (h.SiteIndex >= 0 && design.Technology[h.SiteIndex] == Technology.Fibre))
            .ToArray();
        var free = lit.FirstOrDefault(h => hubLinks[h.Index] < h.MaxLinks);
        var addition = new SiteAddition(option.Technology, option.CapexEuro, option.NpvEuro, 0, free?.Index ?? -1, [], -1, LimitCode.FitsLimits, 0, 0);
        if (lit.Length == 0)
        {
            return addition with { Limit = LimitCode.NoHubWithFibre };
        }

        if (free is null)
        {
            return addition with { Limit = LimitCode.HubLinks, Needed = 1, Available = 0 };
        }

        return left.RadioInstalls < 1
            ? addition with { Limit = LimitCode.RadioInstalls, Needed = 1, Available = Math.Max(0, left.RadioInstalls) }
            : Checked(addition, left);
    }

    private static SiteAddition? Fibre(PlanningInstance instance, SiteSpec site, SiteOption option, Dijkstra paths, bool[] connected, Room left)
    {
        var graph = instance.Graph;
        var node = graph.SiteNode[site.Index];
        var networkCapex = paths.Distance(node);
        if (double.IsPositiveInfinity(networkCapex))
        {
            // A fibre option implies a path to a tap; without one there is no fibre addition to name.
            return null;
        }

        var edges = new List<int>();
        var trench = 0.0;
        var v = node;
        for (var e = paths.PredecessorEdge(v); e >= 0; e = paths.PredecessorEdge(v))
        {
            edges.Add(e);
            trench += graph.Edges[e].TrenchMetres;
            v = graph.Edges[e].Other(v);
        }

        // The path starts at the design's network or at a tap it opens.
        var newTap = connected[v] ? -1 : v;
        var capex = networkCapex + option.CapexEuro;
        var npv = option.NpvEuro + (instance.PassiveNpvFactor * networkCapex) - instance.Scenario.Policies.FibreBonus;
        var addition = new SiteAddition(option.Technology, capex, npv, trench, -1, edges, newTap, LimitCode.FitsLimits, 0, 0);
        return trench > Math.Max(0, left.TrenchMetres) + (Eps * Math.Max(1, instance.TrenchMetresUntilDeadline))
            ? addition with { Limit = LimitCode.TrenchCapacity, Needed = trench, Available = Math.Max(0, left.TrenchMetres) }
            : Checked(addition, left);
    }

    /// <summary>Budget, then whether the addition beats leaving the site unserved.</summary>
    private static SiteAddition Checked(SiteAddition addition, Room left)
    {
        if (addition.CapexEuro > left.CapexEuro + (Eps * Math.Max(1, Math.Abs(left.CapexEuro))))
        {
            return addition with { Limit = LimitCode.Budget, Needed = addition.CapexEuro, Available = Math.Max(0, left.CapexEuro) };
        }

        return addition.NpvEuro >= DesignEvaluator.UnservedPenaltyEuro
            ? addition with { Limit = LimitCode.DearerThanPenalty, Needed = addition.NpvEuro, Available = DesignEvaluator.UnservedPenaltyEuro }
            : addition;
    }

    /// <summary>Cheapest paths by CAPEX from the design's fibre network (at 0) and from every unused tap (at its cost).</summary>
    private static (Dijkstra Paths, bool[] Connected) FibrePaths(PlanningInstance instance, NetworkDesign design)
    {
        var graph = instance.Graph;
        var connected = DesignRepair.Connected(instance, design.EdgeBuilt, design.TapUsed);
        var sources = new List<(int, double)>();
        for (var v = 0; v < graph.Nodes.Count; v++)
        {
            if (connected[v])
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
        return (dijkstra, connected);
    }

    private readonly record struct Room(double CapexEuro, double TrenchMetres, int RadioInstalls);
}
