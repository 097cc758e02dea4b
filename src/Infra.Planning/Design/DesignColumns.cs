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
            // Free (contracted) edges count as built; the pruner drops those no fibre site needs.
            built[e] = model.Contracted[e] || On(x, model.ArcColumnForward[e]) || On(x, model.ArcColumnBackward[e]);
        }

        var taps = new bool[graph.Nodes.Count];
        foreach (var t in graph.TapNodes)
        {
            taps[t] = On(x, model.RootArcColumn[t]);
        }

        return new NetworkDesign(technology, hub, built, taps);
    }

    /// <summary>
    /// Rounds a fractional LP optimum to a design: each site takes the option the LP gives most of (fibre, leased line,
    /// one radio link, or none), and an edge is built when an arc over it carries more than
    /// <paramref name="edgeThreshold"/>. The result may leave fibre sites unjoined; repair and pruning follow.
    /// </summary>
    public static NetworkDesign Round(NetworkDesignModel model, IReadOnlyList<double> x, double edgeThreshold)
    {
        var instance = model.Instance;
        var sites = instance.Sites.Count;
        var technology = new Technology?[sites];
        var hub = Enumerable.Repeat(-1, sites).ToArray();
        var share = new double[sites];
        for (var i = 0; i < sites; i++)
        {
            share[i] = model.UnservedColumn[i] >= 0 ? x[model.UnservedColumn[i]] : 0;
            Take(i, model.FibreColumn[i], Technology.Fibre, -1);
            Take(i, model.LeasedColumn[i], Technology.Leased, -1);
        }

        foreach (var (column, candidate) in model.RadioColumns)
        {
            Take(candidate.SiteIndex, column, Technology.Radio, candidate.HubIndex);
        }

        var graph = instance.Graph;
        var built = new bool[graph.Edges.Count];
        for (var e = 0; e < built.Length; e++)
        {
            built[e] = model.Contracted[e] || Above(model.ArcColumnForward[e]) || Above(model.ArcColumnBackward[e]);
        }

        var taps = new bool[graph.Nodes.Count];
        foreach (var t in graph.TapNodes)
        {
            taps[t] = Above(model.RootArcColumn[t]);
        }

        return new NetworkDesign(technology, hub, built, taps);

        bool Above(int column) => column >= 0 && x[column] > edgeThreshold;

        void Take(int site, int column, Technology option, int hubIndex)
        {
            // Ties keep the earlier option: fibre before leased line before radio.
            if (column >= 0 && x[column] > share[site] + 1e-9)
            {
                share[site] = x[column];
                technology[site] = option;
                hub[site] = hubIndex;
            }
        }
    }

    private static bool On(IReadOnlyList<double> x, int column) => column >= 0 && x[column] > 0.5;
}
