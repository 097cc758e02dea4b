using Infra.Core.Sites;
using Infra.Planning.Instance;

namespace Infra.Planning.Tests.Schedule;

/// <summary>
/// Exhaustive search for the best schedule of a tiny instance (2–5 edges and sites), written from the rules alone:
/// every edge gets a quarter (edges within one quarter's capacity, taps free), a fibre site is live when its given path is
/// dug, radio and leased sites get a quarter each. Objective as in docs/schedule.md.
/// </summary>
internal static class Enumerator
{
    /// <param name="instance">The instance.</param>
    /// <param name="design">Its design.</param>
    /// <param name="paths">Per fibre site the edges of its path.</param>
    /// <param name="quarters">Quarters to enumerate (0..quarters−1); later counts as never within the horizon.</param>
    public static double Best(PlanningInstance instance, NetworkDesign design, IReadOnlyDictionary<int, int[]> paths, int quarters)
    {
        var scenario = instance.Scenario;
        var start = Infra.Planning.Schedule.Quarter.FromDate(scenario.PlanningStart);
        var d = Infra.Planning.Schedule.Quarter.FromDate(scenario.Deadline) - start;
        var horizon = Math.Max(scenario.HorizonYears * 4, d + 9);
        var edges = Enumerable.Range(0, design.EdgeBuilt.Length).Where(e => design.EdgeBuilt[e]).ToArray();
        var others = Enumerable.Range(0, design.Technology.Length)
            .Where(s => design.Technology[s] is Technology.Radio or Technology.Leased).ToArray();
        var n = edges.Length + others.Length;
        var choice = new int[n];
        var best = double.PositiveInfinity;
        while (true)
        {
            var cost = Evaluate(instance, design, paths, edges, others, choice, d, horizon);
            best = Math.Min(best, cost);
            var i = 0;
            while (i < n && ++choice[i] == quarters)
            {
                choice[i] = 0;
                i++;
            }

            if (i == n)
            {
                return best;
            }
        }
    }

    /// <summary>Objective of site live in quarter <paramref name="live"/> (horizon: never).</summary>
    public static double SiteCost(PlanningInstance instance, int site, Technology tech, int live, int d, int horizon)
    {
        var scenario = instance.Scenario;
        var weight = 6 - instance.Sites[site].Site.Priority;
        var bridge = scenario.Policies.AllowBridging && tech is Technology.Fibre or Technology.Radio;
        var sum = 0.0;
        for (var q = 0; q < Math.Min(live, horizon); q++)
        {
            var c = q <= d ? weight : 0.0;
            if (q >= d)
            {
                var disc = Math.Pow(1 + scenario.DiscountRate, -q / 4.0);
                var euro = (3 * scenario.Costs.LeasedMonthlyCost * disc) + (q == d ? scenario.Costs.LeasedSetupCost * disc : 0);
                c += (weight * 10.0) + (bridge ? euro / 1000 : 0);
            }

            sum += c;
        }

        return sum;
    }

    private static double Evaluate(PlanningInstance instance, NetworkDesign design, IReadOnlyDictionary<int, int[]> paths, int[] edges,
        int[] others, int[] choice, int d, int horizon)
    {
        var caps = instance.Scenario.Capacities;
        var start = instance.Scenario.PlanningStart;
        var startQuarter = (start.Month - 1) / 3;
        int Year(int q) => start.Year + ((startQuarter + q) / 4);
        var metres = new Dictionary<int, double>();
        var spend = new Dictionary<int, double>();
        var dug = new Dictionary<int, int>();
        for (var i = 0; i < edges.Length; i++)
        {
            var edge = instance.Graph.Edges[edges[i]];
            dug[edges[i]] = choice[i];
            metres[choice[i]] = metres.GetValueOrDefault(choice[i]) + edge.TrenchMetres;
            spend[Year(choice[i])] = spend.GetValueOrDefault(Year(choice[i])) + edge.CapexEuro;
        }

        if (metres.Values.Any(m => m > caps.TrenchMetresPerQuarter + 1e-6))
        {
            return double.PositiveInfinity;
        }

        var live = new Dictionary<int, int>();
        foreach (var (site, path) in paths)
        {
            live[site] = path.Max(e => dug[e]);
        }

        var radio = new Dictionary<int, int>();
        for (var j = 0; j < others.Length; j++)
        {
            var s = others[j];
            var q = choice[edges.Length + j];
            live[s] = q;
            if (design.Technology[s] == Technology.Leased && q < 1)
            {
                return double.PositiveInfinity;
            }

            if (design.Technology[s] == Technology.Radio)
            {
                var hub = instance.Hubs[design.Hub[s]];
                if (!hub.HasFibreAlready && live[hub.SiteIndex] > q)
                {
                    return double.PositiveInfinity;
                }

                radio[q] = radio.GetValueOrDefault(q) + 1;
            }
        }

        if (radio.Values.Any(c => c > caps.RadioInstallsPerQuarter))
        {
            return double.PositiveInfinity;
        }

        foreach (var (s, q) in live)
        {
            spend[Year(q)] = spend.GetValueOrDefault(Year(q)) + instance.Sites[s].Option(design.Technology[s]!.Value)!.CapexEuro;
        }

        if (spend.Any(p => p.Value > caps.BudgetFor(p.Key) + 1e-6))
        {
            return double.PositiveInfinity;
        }

        return live.Sum(p => SiteCost(instance, p.Key, design.Technology[p.Key]!.Value, p.Value, d, horizon));
    }
}
