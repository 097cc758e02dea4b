using Infra.Core.Sites;
using Infra.Planning.Graph;
using Infra.Planning.Instance;

namespace Infra.Planning.Tests.Support;

/// <summary>
/// Independent of the production code: which unserved sites (not keeping their uplink, with options) a design could
/// still serve within every limit up to the deadline, by a leased line, a Richtfunk link to a hub that has fibre in the
/// design with a free link, or fibre along the cheapest path by CAPEX from the design's network or an unused tap. A
/// reason "budget" for such a site would be false.
/// </summary>
public static class RoomChecker
{
    /// <summary>Site indices that could be added without breaking a limit, with what their cheapest fitting addition costs.</summary>
    public static IReadOnlyList<(int Site, Technology Technology, double Capex)> UnservedWithRoom(PlanningInstance instance, NetworkDesign design)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(design);
        var (trench, capex, radio) = PlanChecker.Totals(instance, design);
        var budgetLeft = instance.CapexBudgetUntilDeadline - capex;
        var trenchLeft = instance.TrenchMetresUntilDeadline - trench;
        var installsLeft = instance.RadioInstallsUntilDeadline - radio;
        var links = new int[instance.Hubs.Count];
        foreach (var h in design.Hub.Where(h => h >= 0))
        {
            links[h]++;
        }

        var (pathCapex, pathTrench) = CheapestPaths(instance, design);
        var result = new List<(int, Technology, double)>();
        foreach (var site in instance.Sites.Where(s => !s.KeepsCurrentUplink && s.Options.Count > 0 && design.Technology[s.Index] is null))
        {
            foreach (var option in site.Options.OrderBy(o => o.Technology))
            {
                var (own, _) = PlanChecker.OptionCost(instance.Scenario, option.Technology);
                var fits = option.Technology switch
                {
                    Technology.Leased => own <= budgetLeft,
                    Technology.Radio => installsLeft > 0 && own <= budgetLeft && instance.RadioCandidates.Any(c =>
                        c.SiteIndex == site.Index && links[c.HubIndex] < instance.Hubs[c.HubIndex].MaxLinks && Lit(instance, design, c.HubIndex)),
                    _ => instance.Graph.SiteNode.TryGetValue(site.Index, out var node)
                        && own + pathCapex[node] <= budgetLeft && pathTrench[node] <= trenchLeft
                        && PlanChecker.SiteTerm(instance.Scenario, Technology.Fibre) + (PlanChecker.PassiveFactor(instance.Scenario) * pathCapex[node])
                            < PlanChecker.UnservedPenaltyEuro,
                };
                if (fits)
                {
                    result.Add((site.Index, option.Technology, own + (option.Technology == Technology.Fibre ? pathCapex[instance.Graph.SiteNode[site.Index]] : 0)));
                    break;
                }
            }
        }

        return result;
    }

    private static bool Lit(PlanningInstance instance, NetworkDesign design, int hub) =>
        instance.Hubs[hub].HasFibreAlready
        || (instance.Hubs[hub].SiteIndex >= 0 && design.Technology[instance.Hubs[hub].SiteIndex] == Technology.Fibre);

    /// <summary>Per node: the least CAPEX of a path from a node joined to a used tap (0) or an unused tap (its cost), and that path's trench metres.</summary>
    private static (double[] Capex, double[] Trench) CheapestPaths(PlanningInstance instance, NetworkDesign design)
    {
        var graph = instance.Graph;
        var n = graph.Nodes.Count;
        var fed = new bool[n];
        var stack = new Stack<int>();
        foreach (var tap in graph.TapNodes.Where(t => design.TapUsed[t]))
        {
            fed[tap] = true;
            stack.Push(tap);
        }

        while (stack.Count > 0)
        {
            var v = stack.Pop();
            foreach (var e in graph.Incident(v).Where(e => design.EdgeBuilt[e]))
            {
                var w = graph.Edges[e].Other(v);
                if (!fed[w])
                {
                    fed[w] = true;
                    stack.Push(w);
                }
            }
        }

        var capex = Enumerable.Repeat(double.PositiveInfinity, n).ToArray();
        var trench = new double[n];
        var queue = new PriorityQueue<int, double>();
        for (var v = 0; v < n; v++)
        {
            capex[v] = fed[v] ? 0 : graph.Nodes[v].Kind == CandidateNodeKind.Tap ? graph.Nodes[v].TapCostEuro : double.PositiveInfinity;
            if (!double.IsPositiveInfinity(capex[v]))
            {
                queue.Enqueue(v, capex[v]);
            }
        }

        while (queue.TryDequeue(out var v, out var d))
        {
            if (d > capex[v])
            {
                continue;
            }

            foreach (var e in graph.Incident(v))
            {
                var edge = graph.Edges[e];
                var w = edge.Other(v);
                if (d + edge.CapexEuro < capex[w])
                {
                    capex[w] = d + edge.CapexEuro;
                    trench[w] = trench[v] + edge.TrenchMetres;
                    queue.Enqueue(w, capex[w]);
                }
            }
        }

        return (capex, trench);
    }
}
