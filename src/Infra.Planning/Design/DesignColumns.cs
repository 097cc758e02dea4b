using Infra.Core.Sites;
using Infra.Planning.Instance;

namespace Infra.Planning.Design;

/// <summary>Translates between a <see cref="NetworkDesign"/> and column values of a <see cref="NetworkDesignModel"/>.</summary>
internal static class DesignColumns
{
    /// <summary>Reads a design from (near-)integral column values; arcs count as built above one half.</summary>
    public static NetworkDesign ToDesign(NetworkDesignModel model, IReadOnlyList<double> x)
    {
        var instance = model.Instance;
        var sites = instance.Sites.Count;
        var technology = new Technology?[sites];
        var hub = Enumerable.Repeat(-1, sites).ToArray();
        for (var i = 0; i < sites; i++)
        {
            if (On(x, model.FibreColumn[i]))
            {
                technology[i] = Technology.Fibre;
            }
            else if (On(x, model.LeasedColumn[i]))
            {
                technology[i] = Technology.Leased;
            }
        }

        foreach (var (column, candidate) in model.RadioColumns)
        {
            if (On(x, column) && technology[candidate.SiteIndex] is null)
            {
                technology[candidate.SiteIndex] = Technology.Radio;
                hub[candidate.SiteIndex] = candidate.HubIndex;
            }
        }

        var graph = instance.Graph;
        var built = new bool[graph.Edges.Count];
        for (var e = 0; e < built.Length; e++)
        {
            built[e] = On(x, model.ArcColumnForward[e]) || On(x, model.ArcColumnBackward[e]);
        }

        var taps = new bool[graph.Nodes.Count];
        foreach (var t in graph.TapNodes)
        {
            taps[t] = On(x, model.RootArcColumn[t]);
        }

        return new NetworkDesign(technology, hub, built, taps);
    }

    /// <summary>
    /// Column values of a design, for a MIP start: arcs are oriented away from the root by a search from the
    /// used taps through built edges; built edges the search does not reach stay off.
    /// </summary>
    public static double[] ToColumns(NetworkDesignModel model, NetworkDesign design)
    {
        ArgumentNullException.ThrowIfNull(design);
        var x = new double[model.Model.ColumnCount];
        var instance = model.Instance;
        for (var i = 0; i < instance.Sites.Count; i++)
        {
            var column = design.Technology[i] switch
            {
                Technology.Fibre => model.FibreColumn[i],
                Technology.Leased => model.LeasedColumn[i],
                null => model.UnservedColumn[i],
                _ => -1,
            };
            if (column >= 0)
            {
                x[column] = 1;
            }
        }

        foreach (var (column, candidate) in model.RadioColumns)
        {
            if (design.Technology[candidate.SiteIndex] == Technology.Radio && design.Hub[candidate.SiteIndex] == candidate.HubIndex)
            {
                x[column] = 1;
            }
        }

        var graph = instance.Graph;
        var seen = new bool[graph.Nodes.Count];
        var queue = new Queue<int>();
        foreach (var t in graph.TapNodes.Where(t => design.TapUsed[t]))
        {
            x[model.RootArcColumn[t]] = 1;
            seen[t] = true;
            queue.Enqueue(t);
        }

        while (queue.Count > 0)
        {
            var v = queue.Dequeue();
            foreach (var e in graph.Incident(v))
            {
                var edge = graph.Edges[e];
                var w = edge.Other(v);
                if (!design.EdgeBuilt[e] || seen[w])
                {
                    continue;
                }

                seen[w] = true;
                x[edge.From == v ? model.ArcColumnForward[e] : model.ArcColumnBackward[e]] = 1;
                queue.Enqueue(w);
            }
        }

        return x;
    }

    private static bool On(IReadOnlyList<double> x, int column) => column >= 0 && x[column] > 0.5;
}
