using Infra.Core.Sites;
using Infra.Planning.Costs;

namespace Infra.Planning.Design;

/// <summary>
/// The rows of the network design beside the arborescence: radio links per hub (at most its links, only from a hub
/// with fibre) and the limits up to the deadline (trench metres, capex budget, radio installations).
/// </summary>
internal static class NetworkDesignSideRows
{
    public static void AddRadioRows(NetworkDesignModel m)
    {
        foreach (var group in m.RadioColumns.GroupBy(r => r.Candidate.HubIndex).OrderBy(g => g.Key))
        {
            var hub = m.Instance.Hubs[group.Key];
            var links = group.Select(r => (r.Column, 1.0)).ToList();
            if (hub.HasFibreAlready)
            {
                m.Model.AddRow(links, double.NegativeInfinity, hub.MaxLinks);
                continue;
            }

            var fibre = m.FibreColumn[hub.SiteIndex];
            m.Model.AddRow([.. links, (fibre, -hub.MaxLinks)], double.NegativeInfinity, 0);
            foreach (var (column, _) in group)
            {
                m.Model.AddRow([(column, 1.0), (fibre, -1.0)], double.NegativeInfinity, 0);
            }
        }
    }

    public static void AddLimitRows(NetworkDesignModel m)
    {
        var graph = m.Instance.Graph;
        var trench = new List<(int, double)>();
        var capex = new List<(int, double)>();
        foreach (var e in graph.Edges.Where(e => m.ArcColumnForward[e.Index] >= 0))
        {
            if (e.TrenchMetres > 0)
            {
                trench.Add((m.ArcColumnForward[e.Index], e.TrenchMetres));
                trench.Add((m.ArcColumnBackward[e.Index], e.TrenchMetres));
            }

            if (e.CapexEuro > 0)
            {
                capex.Add((m.ArcColumnForward[e.Index], e.CapexEuro));
                capex.Add((m.ArcColumnBackward[e.Index], e.CapexEuro));
            }
        }

        foreach (var tap in graph.TapNodes)
        {
            capex.Add((m.RootArcColumn[tap], graph.Nodes[tap].TapCostEuro));
        }

        foreach (var s in m.Instance.Sites)
        {
            AddCapex(capex, m.FibreColumn[s.Index], s.Option(Technology.Fibre));
            AddCapex(capex, m.LeasedColumn[s.Index], s.Option(Technology.Leased));
        }

        foreach (var (column, c) in m.RadioColumns)
        {
            AddCapex(capex, column, m.Instance.Sites[c.SiteIndex].Option(Technology.Radio));
        }

        if (trench.Count > 0)
        {
            m.Model.AddRow(trench, double.NegativeInfinity, m.Instance.TrenchMetresUntilDeadline);
        }

        if (capex.Count > 0)
        {
            m.Model.AddRow(capex, double.NegativeInfinity, m.Instance.CapexBudgetUntilDeadline);
        }

        if (m.RadioColumns.Count > 0)
        {
            m.Model.AddRow(m.RadioColumns.Select(r => (r.Column, 1.0)).ToList(), double.NegativeInfinity, m.Instance.RadioInstallsUntilDeadline);
        }
    }

    private static void AddCapex(List<(int, double)> terms, int column, SiteOption? option)
    {
        if (column >= 0 && option is { CapexEuro: > 0 })
        {
            terms.Add((column, option.CapexEuro));
        }
    }
}
