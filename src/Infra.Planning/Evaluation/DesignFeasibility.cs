using System.Globalization;
using Infra.Core.Sites;
using Infra.Planning.Graph;
using Infra.Planning.Instance;

namespace Infra.Planning.Evaluation;

/// <summary>
/// Checks a design against the rules of the network design model: technology among the site's options, kept uplinks
/// left alone, no unserved site unless the scenario allows partial plans, Richtfunk to a candidate hub that has fibre
/// within its link limit, every fibre site joined by built edges to a used tap, taps only on tap nodes, and the
/// aggregate trench metres, CAPEX and radio installs up to the deadline.
/// </summary>
public static class DesignFeasibility
{
    /// <summary>Relative slack for the aggregate limits (rounding of sums).</summary>
    private const double Tolerance = 1e-9;

    /// <summary>Violations in English, one per problem; empty when the design is feasible.</summary>
    public static IReadOnlyList<string> Check(PlanningInstance instance, NetworkDesign design)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(design);
        var violations = new List<string>();
        if (design.Technology.Length != instance.Sites.Count || design.Hub.Length != instance.Sites.Count
            || design.EdgeBuilt.Length != instance.Graph.Edges.Count || design.TapUsed.Length != instance.Graph.Nodes.Count)
        {
            violations.Add("design arrays do not fit the instance");
            return violations;
        }

        CheckSites(instance, design, violations);
        CheckRadio(instance, design, violations);
        CheckFibre(instance, design, violations);
        var costable = instance.Sites.All(s => design.Technology[s.Index] is not { } t || s.Option(t) is not null);
        if (costable)
        {
            CheckAggregates(instance, design, violations);
        }

        return violations;
    }

    private static void CheckSites(PlanningInstance instance, NetworkDesign design, List<string> violations)
    {
        var allowPartial = instance.Scenario.Policies.AllowPartialPlan;
        foreach (var spec in instance.Sites)
        {
            var id = spec.Site.Id;
            var technology = design.Technology[spec.Index];
            if (spec.KeepsCurrentUplink)
            {
                if (technology is not null)
                {
                    violations.Add($"site {id} keeps its current uplink but was given {technology}");
                }
            }
            else if (technology is { } t)
            {
                if (spec.Option(t) is null)
                {
                    violations.Add($"site {id} was given {t}, which is not among its options");
                }
            }
            else if (spec.Options.Count > 0 && !allowPartial)
            {
                violations.Add($"site {id} is unserved although it has options and the scenario does not allow partial plans");
            }

            if (design.Hub[spec.Index] >= 0 && technology != Technology.Radio)
            {
                violations.Add($"site {id} has a hub but is not on Richtfunk");
            }
        }
    }

    private static void CheckRadio(PlanningInstance instance, NetworkDesign design, List<string> violations)
    {
        var pairs = instance.RadioCandidates.Select(c => (c.SiteIndex, c.HubIndex)).ToHashSet();
        var links = new int[instance.Hubs.Count];
        for (var s = 0; s < design.Technology.Length; s++)
        {
            if (design.Technology[s] != Technology.Radio)
            {
                continue;
            }

            var id = instance.Sites[s].Site.Id;
            var h = design.Hub[s];
            if (h < 0 || h >= instance.Hubs.Count)
            {
                violations.Add($"site {id} is on Richtfunk without a valid hub");
                continue;
            }

            var hub = instance.Hubs[h];
            links[h]++;
            if (!pairs.Contains((s, h)))
            {
                violations.Add($"site {id} uses hub {hub.Id}, which is not a Richtfunk candidate for it");
            }

            if (!hub.HasFibreAlready && (hub.SiteIndex < 0 || design.Technology[hub.SiteIndex] != Technology.Fibre))
            {
                violations.Add($"site {id} uses hub {hub.Id}, which has no fibre");
            }
        }

        for (var h = 0; h < links.Length; h++)
        {
            if (links[h] > instance.Hubs[h].MaxLinks)
            {
                violations.Add(string.Create(CultureInfo.InvariantCulture,
                    $"hub {instance.Hubs[h].Id} carries {links[h]} links, at most {instance.Hubs[h].MaxLinks} allowed"));
            }
        }
    }

    private static void CheckFibre(PlanningInstance instance, NetworkDesign design, List<string> violations)
    {
        var graph = instance.Graph;
        for (var v = 0; v < graph.Nodes.Count; v++)
        {
            if (design.TapUsed[v] && graph.Nodes[v].Kind != CandidateNodeKind.Tap)
            {
                violations.Add(string.Create(CultureInfo.InvariantCulture, $"node {v} is used as a tap but is no tap node"));
            }
        }

        var connected = DesignRepair.Connected(instance, design.EdgeBuilt, design.TapUsed);
        for (var s = 0; s < design.Technology.Length; s++)
        {
            if (design.Technology[s] != Technology.Fibre)
            {
                continue;
            }

            if (!graph.SiteNode.TryGetValue(s, out var node))
            {
                violations.Add($"site {instance.Sites[s].Site.Id} is on fibre but has no node in the candidate graph");
            }
            else if (!connected[node])
            {
                violations.Add($"site {instance.Sites[s].Site.Id} is on fibre but no built edges join it to a used tap");
            }
        }
    }

    private static void CheckAggregates(PlanningInstance instance, NetworkDesign design, List<string> violations)
    {
        var cost = DesignEvaluator.Evaluate(instance, design);
        if (Exceeds(cost.TrenchMetres, instance.TrenchMetresUntilDeadline))
        {
            violations.Add(string.Create(CultureInfo.InvariantCulture,
                $"trench metres {cost.TrenchMetres:F1} exceed the capacity up to the deadline {instance.TrenchMetresUntilDeadline:F1}"));
        }

        if (Exceeds(cost.CapexEuro, instance.CapexBudgetUntilDeadline))
        {
            violations.Add(string.Create(CultureInfo.InvariantCulture,
                $"CAPEX {cost.CapexEuro:F2} € exceeds the budget up to the deadline {instance.CapexBudgetUntilDeadline:F2} €"));
        }

        if (cost.RadioSites > instance.RadioInstallsUntilDeadline)
        {
            violations.Add(string.Create(CultureInfo.InvariantCulture,
                $"{cost.RadioSites} Richtfunk installs exceed the {instance.RadioInstallsUntilDeadline} possible up to the deadline"));
        }
    }

    private static bool Exceeds(double value, double limit) => value > limit + (Tolerance * Math.Max(1, Math.Abs(limit)));
}
