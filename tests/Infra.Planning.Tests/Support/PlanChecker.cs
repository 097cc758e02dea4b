using Infra.Core.Scenarios;
using Infra.Core.Sites;
using Infra.Planning.Instance;

namespace Infra.Planning.Tests.Support;

/// <summary>
/// An independent checker of network designs: every rule of the planning model that a design must keep, and the
/// objective ("score") recomputed from the scenario's cost parameters without the production cost code.
/// </summary>
/// <remarks>
/// Cost convention: H = horizon, d = 1/(1+rate), A = Σ_{t=1..H} d^t, R(L) = Σ_{k≥1, kL&lt;H} d^{kL},
/// passive factor = 1 + R(passive life) + upkeep rate × A. Fibre: capex = entry + active,
/// NPV = entry × passive factor + active × (1 + R(active life)). Radio: capex = link, NPV = link × (1 + R(radio life)) +
/// yearly × A. Leased: capex = setup, NPV = setup + 12 × monthly × A.
/// </remarks>
public static class PlanChecker
{
    /// <summary>Objective cost of a site that has options but gets none.</summary>
    public const double UnservedPenaltyEuro = 10_000_000;

    /// <summary>Relative tolerance for limits and cost comparisons.</summary>
    public const double Tolerance = 1e-6;

    /// <summary>Discounted sum of one euro per year over the horizon: A = Σ_{t=1..H} d^t.</summary>
    public static double Annuity(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var d = 1 / (1 + scenario.DiscountRate);
        var sum = 0.0;
        for (var t = 1; t <= scenario.HorizonYears; t++)
        {
            sum += Math.Pow(d, t);
        }

        return sum;
    }

    /// <summary>Discounted reinvestments of one euro every <paramref name="lifeYears"/> within the horizon: R(L) = Σ_{k≥1, kL&lt;H} d^{kL}.</summary>
    public static double Reinvestment(Scenario scenario, int lifeYears)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(lifeYears);
        var d = 1 / (1 + scenario.DiscountRate);
        var sum = 0.0;
        for (var year = lifeYears; year < scenario.HorizonYears; year += lifeYears)
        {
            sum += Math.Pow(d, year);
        }

        return sum;
    }

    /// <summary>NPV per euro of passive fibre CAPEX: 1 + R(passive life) + upkeep rate × A.</summary>
    public static double PassiveFactor(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var costs = scenario.Costs;
        return 1 + Reinvestment(scenario, costs.FibrePassiveLifeYears) + (costs.FibrePassiveUpkeepRate * Annuity(scenario));
    }

    /// <summary>The standalone CAPEX and NPV of a technology for one site (fibre without trenches and taps).</summary>
    public static (double Capex, double Npv) OptionCost(Scenario scenario, Technology technology)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var c = scenario.Costs;
        return technology switch
        {
            Technology.Fibre => (c.BuildingEntryCost + c.FibreActiveCost,
                (c.BuildingEntryCost * PassiveFactor(scenario)) + (c.FibreActiveCost * (1 + Reinvestment(scenario, c.FibreActiveLifeYears)))),
            Technology.Radio => (c.RadioLinkCost,
                (c.RadioLinkCost * (1 + Reinvestment(scenario, c.RadioLifeYears))) + (c.RadioYearlyCost * Annuity(scenario))),
            Technology.Leased => (c.LeasedSetupCost, c.LeasedSetupCost + (12 * c.LeasedMonthlyCost * Annuity(scenario))),
            _ => throw new ArgumentOutOfRangeException(nameof(technology), technology, "unknown technology"),
        };
    }

    /// <summary>The objective term of a site's technology: its NPV, minus the fibre bonus for fibre.</summary>
    public static double SiteTerm(Scenario scenario, Technology technology)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var npv = OptionCost(scenario, technology).Npv;
        return technology == Technology.Fibre ? npv - scenario.Policies.FibreBonus : npv;
    }

    /// <summary>Whether a radio link of <paramref name="distanceM"/> carries <paramref name="demandMbps"/> (10 Gbit/s within range).</summary>
    public static bool RadioCarries(CostParameters costs, int demandMbps, double distanceM)
    {
        ArgumentNullException.ThrowIfNull(costs);
        return demandMbps <= 1_000 ? distanceM <= costs.RadioRange1GbpsM
            : demandMbps <= 10_000 && distanceM <= costs.RadioRange10GbpsM;
    }

    /// <summary>Straight-line distance from a site to a hub, metres.</summary>
    public static double Distance(Site site, HubSpec hub)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(hub);
        var dx = site.Location.X - hub.X;
        var dy = site.Location.Y - hub.Y;
        return Math.Sqrt((dx * dx) + (dy * dy));
    }

    /// <summary>Whether <paramref name="technology"/> is a legal choice for the site: listed, allowed by policy, with capacity.</summary>
    /// <remarks>Radio capacity depends on the hub and is checked per link.</remarks>
    public static bool Admissible(PlanningInstance instance, SiteSpec site, Technology technology)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(site);
        return !site.KeepsCurrentUplink
            && site.Options.Any(o => o.Technology == technology)
            && instance.Scenario.Policies.Allows(site.Site, technology)
            && (technology != Technology.Leased || instance.Scenario.Costs.LeasedMbps >= site.DemandMbps);
    }

    /// <summary>Every violation of the design's rules; empty when the design is feasible.</summary>
    public static IReadOnlyList<string> Check(PlanningInstance instance, NetworkDesign design)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(design);
        var errors = new List<string>();
        var graph = instance.Graph;
        CheckLength(errors, nameof(design.Technology), design.Technology.Length, instance.Sites.Count, "sites");
        CheckLength(errors, nameof(design.Hub), design.Hub.Length, instance.Sites.Count, "sites");
        CheckLength(errors, nameof(design.EdgeBuilt), design.EdgeBuilt.Length, graph.Edges.Count, "edges");
        CheckLength(errors, nameof(design.TapUsed), design.TapUsed.Length, graph.Nodes.Count, "nodes");
        if (errors.Count > 0)
        {
            return errors;
        }

        var isTap = new bool[graph.Nodes.Count];
        foreach (var tap in graph.TapNodes)
        {
            isTap[tap] = true;
        }

        for (var n = 0; n < graph.Nodes.Count; n++)
        {
            if (design.TapUsed[n] && !isTap[n])
            {
                errors.Add($"node {n}: tap used at a node that is not a tap");
            }
        }

        var fed = FedNodes(instance, design);
        var links = new int[instance.Hubs.Count];
        foreach (var site in instance.Sites)
        {
            CheckSite(instance, design, site, fed, links, errors);
        }

        for (var h = 0; h < instance.Hubs.Count; h++)
        {
            if (links[h] > instance.Hubs[h].MaxLinks)
            {
                errors.Add($"hub {h} ({instance.Hubs[h].Id}): {links[h]} links, at most {instance.Hubs[h].MaxLinks}");
            }
        }

        SharedEntryCheck.Check(instance, design, errors);
        var (trench, capex, radio) = Totals(instance, design);
        if (Exceeds(trench, instance.TrenchMetresUntilDeadline))
        {
            errors.Add($"trench metres {trench:F1} exceed the capacity until the deadline {instance.TrenchMetresUntilDeadline:F1}");
        }

        if (Exceeds(capex, instance.CapexBudgetUntilDeadline))
        {
            errors.Add($"CAPEX {capex:F2} exceeds the budget until the deadline {instance.CapexBudgetUntilDeadline:F2}");
        }

        if (radio > instance.RadioInstallsUntilDeadline)
        {
            errors.Add($"radio links {radio} exceed the installs until the deadline {instance.RadioInstallsUntilDeadline}");
        }

        return errors;
    }

    /// <summary>Built trench metres, CAPEX (built edges, used taps, recomputed option CAPEX of served sites) and radio links.</summary>
    public static (double TrenchMetres, double Capex, int RadioLinks) Totals(PlanningInstance instance, NetworkDesign design)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(design);
        var trench = 0.0;
        var capex = PassiveCapex(instance, design);
        foreach (var edge in instance.Graph.Edges)
        {
            if (design.EdgeBuilt[edge.Index])
            {
                trench += edge.TrenchMetres;
            }
        }

        var radio = 0;
        foreach (var technology in design.Technology)
        {
            if (technology is { } t)
            {
                capex += OptionCost(instance.Scenario, t).Capex;
                radio += t == Technology.Radio ? 1 : 0;
            }
        }

        return (trench, capex, radio);
    }

    /// <summary>CAPEX of built edges and used taps.</summary>
    public static double PassiveCapex(PlanningInstance instance, NetworkDesign design)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(design);
        var capex = 0.0;
        foreach (var edge in instance.Graph.Edges)
        {
            capex += design.EdgeBuilt[edge.Index] ? edge.CapexEuro : 0;
        }

        foreach (var node in instance.Graph.Nodes)
        {
            capex += design.TapUsed[node.Index] ? node.TapCostEuro : 0;
        }

        return capex;
    }

    /// <summary>
    /// The objective, recomputed: site NPVs (minus the fibre bonus), passive factor × (built edges + used taps), and the
    /// penalty for every site that does not keep its uplink, has options and got none.
    /// </summary>
    public static double Score(PlanningInstance instance, NetworkDesign design)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(design);
        var scenario = instance.Scenario;
        var score = PassiveFactor(scenario) * PassiveCapex(instance, design);
        foreach (var site in instance.Sites)
        {
            if (design.Technology[site.Index] is { } t)
            {
                score += SiteTerm(scenario, t);
            }
            else if (!site.KeepsCurrentUplink && site.Options.Count > 0)
            {
                score += UnservedPenaltyEuro;
            }
        }

        return score;
    }

    /// <summary>Every site option whose CAPEX or NPV, and a passive factor that, differs from the recomputation.</summary>
    public static IReadOnlyList<string> CheckOptions(PlanningInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var errors = new List<string>();
        var factor = PassiveFactor(instance.Scenario);
        if (!Close(instance.PassiveNpvFactor, factor))
        {
            errors.Add($"PassiveNpvFactor {instance.PassiveNpvFactor:R}, recomputed {factor:R}");
        }

        foreach (var site in instance.Sites)
        {
            foreach (var option in site.Options)
            {
                var (capex, npv) = OptionCost(instance.Scenario, option.Technology);
                if (!Close(option.CapexEuro, capex))
                {
                    errors.Add($"site {site.Index} ({site.Site.Id}): {option.Technology} CAPEX {option.CapexEuro:R}, recomputed {capex:R}");
                }

                if (!Close(option.NpvEuro, npv))
                {
                    errors.Add($"site {site.Index} ({site.Site.Id}): {option.Technology} NPV {option.NpvEuro:R}, recomputed {npv:R}");
                }
            }
        }

        return errors;
    }

    private static void CheckSite(PlanningInstance instance, NetworkDesign design, SiteSpec site, bool[] fed, int[] links, List<string> errors)
    {
        var i = site.Index;
        var name = $"site {i} ({site.Site.Id})";
        var technology = design.Technology[i];
        var policies = instance.Scenario.Policies;
        if (technology != Technology.Radio && design.Hub[i] != -1)
        {
            errors.Add($"{name}: hub {design.Hub[i]} set but the site is not on radio");
        }

        if (site.KeepsCurrentUplink)
        {
            if (technology is not null)
            {
                errors.Add($"{name}: keeps its current uplink but got {technology}");
            }

            return;
        }

        if (technology is not { } t)
        {
            if (site.Options.Count > 0 && !policies.AllowPartialPlan)
            {
                errors.Add($"{name}: unserved although it has options and partial plans are not allowed");
            }

            return;
        }

        if (!site.Options.Any(o => o.Technology == t))
        {
            errors.Add($"{name}: {t} is not among its options");
        }

        if (!policies.Allows(site.Site, t))
        {
            errors.Add($"{name}: policy forbids {t}");
        }

        switch (t)
        {
            case Technology.Leased when instance.Scenario.Costs.LeasedMbps < site.DemandMbps:
                errors.Add($"{name}: leased capacity {instance.Scenario.Costs.LeasedMbps} Mbit/s below demand {site.DemandMbps} Mbit/s");
                break;
            case Technology.Fibre:
                if (!instance.Graph.SiteNode.TryGetValue(i, out var node))
                {
                    errors.Add($"{name}: fibre but the site has no graph node");
                }
                else if (!fed[node])
                {
                    errors.Add($"{name}: fibre node {node} is not connected to a used tap through built edges");
                }

                break;
            case Technology.Radio:
                CheckRadio(instance, design, site, name, links, errors);
                break;
        }
    }

    private static void CheckRadio(PlanningInstance instance, NetworkDesign design, SiteSpec site, string name, int[] links, List<string> errors)
    {
        var h = design.Hub[site.Index];
        if (h < 0 || h >= instance.Hubs.Count)
        {
            errors.Add($"{name}: radio without a valid hub ({h})");
            return;
        }

        links[h]++;
        var hub = instance.Hubs[h];
        if (!instance.RadioCandidates.Any(c => c.SiteIndex == site.Index && c.HubIndex == h))
        {
            errors.Add($"{name}: hub {h} is not a radio candidate of the site");
        }

        var distance = Distance(site.Site, hub);
        if (!RadioCarries(instance.Scenario.Costs, site.DemandMbps, distance))
        {
            errors.Add($"{name}: radio to hub {h} over {distance:F0} m is out of range for demand {site.DemandMbps} Mbit/s");
        }

        var hubHasFibre = hub.HasFibreAlready
            || (hub.SiteIndex >= 0 && hub.SiteIndex < design.Technology.Length && design.Technology[hub.SiteIndex] == Technology.Fibre);
        if (!hubHasFibre)
        {
            errors.Add($"{name}: hub {h} ({hub.Id}) has no fibre");
        }
    }

    /// <summary>Nodes joined to a used tap through built edges.</summary>
    private static bool[] FedNodes(PlanningInstance instance, NetworkDesign design)
    {
        var graph = instance.Graph;
        var fed = new bool[graph.Nodes.Count];
        var queue = new Queue<int>();
        foreach (var tap in graph.TapNodes)
        {
            if (design.TapUsed[tap])
            {
                fed[tap] = true;
                queue.Enqueue(tap);
            }
        }

        while (queue.TryDequeue(out var v))
        {
            foreach (var e in graph.Incident(v))
            {
                var other = graph.Edges[e].Other(v);
                if (design.EdgeBuilt[e] && !fed[other])
                {
                    fed[other] = true;
                    queue.Enqueue(other);
                }
            }
        }

        return fed;
    }

    private static void CheckLength(List<string> errors, string array, int length, int expected, string what)
    {
        if (length != expected)
        {
            errors.Add($"{array} has {length} entries for {expected} {what}");
        }
    }

    private static bool Exceeds(double value, double limit) => value > limit + (Tolerance * Math.Max(1, Math.Abs(limit)));

    private static bool Close(double actual, double expected) =>
        Math.Abs(actual - expected) <= Tolerance * Math.Max(1, Math.Abs(expected));
}
