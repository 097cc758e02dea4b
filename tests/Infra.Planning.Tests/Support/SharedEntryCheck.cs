using Infra.Core.Sites;
using Infra.Planning.Graph;
using Infra.Planning.Instance;

namespace Infra.Planning.Tests.Support;

/// <summary>
/// Part of <see cref="PlanChecker.Check"/>: fibre sites at one address (locations within the scenario's snap tolerance)
/// share one house connection, so at most one built drop edge with trench metres touches their site nodes; a second one
/// would be dug, paid and counted against civil-works capacity twice.
/// </summary>
public static class SharedEntryCheck
{
    public static void Check(PlanningInstance instance, NetworkDesign design, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(errors);
        var graph = instance.Graph;
        var tolerance = instance.Scenario.Solver.SnapToleranceM;
        var fibre = instance.Sites
            .Where(s => design.Technology[s.Index] == Technology.Fibre && graph.SiteNode.ContainsKey(s.Index))
            .OrderBy(s => s.Site.Location.X).ThenBy(s => s.Index)
            .ToArray();
        var cluster = Enumerable.Range(0, fibre.Length).ToArray();
        int Find(int i) => cluster[i] == i ? i : cluster[i] = Find(cluster[i]);
        for (var i = 0; i < fibre.Length; i++)
        {
            for (var j = i + 1; j < fibre.Length && fibre[j].Site.Location.X - fibre[i].Site.Location.X <= tolerance; j++)
            {
                if (fibre[i].Site.Location.Distance(fibre[j].Site.Location) <= tolerance)
                {
                    cluster[Find(j)] = Find(i);
                }
            }
        }

        foreach (var group in Enumerable.Range(0, fibre.Length).GroupBy(Find).Where(g => g.Count() > 1))
        {
            var nodes = group.Select(i => graph.SiteNode[fibre[i].Index]).ToHashSet();
            var drops = nodes.SelectMany(graph.Incident).Distinct()
                .Where(e => design.EdgeBuilt[e] && graph.Edges[e].Kind == CandidateEdgeKind.Drop && graph.Edges[e].TrenchMetres > 0)
                .ToArray();
            if (drops.Length > 1)
            {
                var ids = string.Join(", ", group.Select(i => fibre[i].Site.Id.Value));
                errors.Add($"sites {ids} at one address: {drops.Length} drops built ({drops.Sum(e => graph.Edges[e].TrenchMetres):F1} m), one house connection expected");
            }
        }
    }
}
