using Infra.Core.Sites;
using Infra.Planning.Instance;

namespace Infra.Planning.Evaluation;

/// <summary>
/// Costs a design exactly as the network design MIP's objective does (docs/cost-model.md): Σ chosen options' NPV
/// (fibre minus the bonus) + passive NPV factor × (built edges' CAPEX + used taps' cost), and for the score the
/// unserved penalty per site that does not keep its uplink, has an option and got none.
/// </summary>
public static class DesignEvaluator
{
    /// <summary>Objective cost of an unserved site (the MIP's value), €.</summary>
    public const double UnservedPenaltyEuro = 10_000_000;

    /// <exception cref="ArgumentException">The design does not fit the instance, or gives a site a technology it has no option for.</exception>
    public static DesignCost Evaluate(PlanningInstance instance, NetworkDesign design)
    {
        CheckShape(instance, design);
        var graph = instance.Graph;
        var bonus = instance.Scenario.Policies.FibreBonus;
        var siteNpv = new double[instance.Sites.Count];
        double capex = 0, opex = 0;
        int fibre = 0, radio = 0, leased = 0, kept = 0, unserved = 0, noOption = 0;
        foreach (var spec in instance.Sites)
        {
            var technology = design.Technology[spec.Index];
            if (technology is not { } t)
            {
                if (spec.KeepsCurrentUplink)
                {
                    kept++;
                }
                else if (spec.Options.Count > 0)
                {
                    unserved++;
                }
                else
                {
                    noOption++;
                }

                continue;
            }

            var option = spec.Option(t)
                ?? throw new ArgumentException($"site {spec.Site.Id} has no {t} option", nameof(design));
            siteNpv[spec.Index] = option.NpvEuro - (t == Technology.Fibre ? bonus : 0);
            capex += option.CapexEuro;
            opex += option.OpexPerYearEuro;
            _ = t switch
            {
                Technology.Fibre => fibre++,
                Technology.Radio => radio++,
                _ => leased++,
            };
        }

        double trenchMetres = 0, edgeCapex = 0, tapCapex = 0;
        var taps = 0;
        foreach (var edge in graph.Edges)
        {
            if (design.EdgeBuilt[edge.Index])
            {
                trenchMetres += edge.TrenchMetres;
                edgeCapex += edge.CapexEuro;
            }
        }

        for (var v = 0; v < graph.Nodes.Count; v++)
        {
            if (design.TapUsed[v])
            {
                taps++;
                tapCapex += graph.Nodes[v].TapCostEuro;
            }
        }

        var network = instance.PassiveNpvFactor * (edgeCapex + tapCapex);
        capex += edgeCapex + tapCapex;
        opex += instance.Costs.Parameters.FibrePassiveUpkeepRate * (edgeCapex + tapCapex);
        return new DesignCost(siteNpv.Sum() + network, capex, opex, trenchMetres, edgeCapex, taps, tapCapex, network,
            fibre, radio, leased, kept, unserved, noOption, siteNpv);
    }

    /// <summary>The design objective: <see cref="DesignCost.NpvEuro"/> + unserved penalty × unserved sites.</summary>
    public static double Score(PlanningInstance instance, NetworkDesign design) => Score(Evaluate(instance, design));

    /// <summary>The design objective of an evaluated design.</summary>
    public static double Score(DesignCost cost)
    {
        ArgumentNullException.ThrowIfNull(cost);
        return cost.NpvEuro + (UnservedPenaltyEuro * cost.UnservedSites);
    }

    internal static void CheckShape(PlanningInstance instance, NetworkDesign design)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(design);
        if (design.Technology.Length != instance.Sites.Count || design.Hub.Length != instance.Sites.Count)
        {
            throw new ArgumentException($"design has {design.Technology.Length} sites, instance {instance.Sites.Count}", nameof(design));
        }

        if (design.EdgeBuilt.Length != instance.Graph.Edges.Count || design.TapUsed.Length != instance.Graph.Nodes.Count)
        {
            throw new ArgumentException("design does not fit the instance's candidate graph", nameof(design));
        }
    }
}
