using Infra.Core.Sites;
using Infra.Planning.Instance;
using Infra.Planning.Schedule;
using PlannedSchedule = Infra.Planning.Schedule.Schedule;

namespace Infra.Planning.Tests.Schedule;

/// <summary>
/// Checks a returned schedule against the rules of docs/schedule.md, recomputed from the instance and design alone
/// (no code of the scheduler): capacity per quarter, budget per year, edge → fibre site precedence (connectivity over dug
/// edges to a made tap), hub → radio, radio installs, leased lead time, WLAN after uplink and per quarter, deadline with
/// bridging or miss flag, and the KPI shares. Returns the violations (empty when the schedule is valid).
/// </summary>
internal static class ScheduleChecker
{
    private const double Eps = 1e-6;

    public static List<string> Check(PlanningInstance instance, NetworkDesign design, PlannedSchedule schedule,
        double extraTrench = 0, double extraBudget = 0, bool requireAllEdges = true)
    {
        var errors = new List<string>();
        var scenario = instance.Scenario;
        var caps = scenario.Capacities;
        var costs = scenario.Costs;
        var start = Quarter.FromDate(scenario.PlanningStart);
        var deadline = Quarter.FromDate(scenario.Deadline);
        var capacity = caps.TrenchMetresPerQuarter + extraTrench;
        if (schedule.Start != start || schedule.Deadline != deadline)
        {
            errors.Add($"start/deadline {schedule.Start}/{schedule.Deadline}, expected {start}/{deadline}");
        }

        // Edges: built only, once each, spanning ceil(m / C) quarters, metres per quarter within capacity.
        var dug = new Dictionary<int, Quarter>();
        var metresByQuarter = new Dictionary<Quarter, double>();
        foreach (var e in schedule.Edges)
        {
            if (!design.EdgeBuilt[e.EdgeIndex])
            {
                errors.Add($"edge {e.EdgeIndex} is not built but scheduled");
            }

            if (!dug.TryAdd(e.EdgeIndex, e.Dug))
            {
                errors.Add($"edge {e.EdgeIndex} scheduled twice");
            }

            var metres = instance.Graph.Edges[e.EdgeIndex].TrenchMetres;
            var k = metres <= capacity + Eps ? 1 : (int)Math.Ceiling(metres / capacity - 1e-9);
            if (e.Quarters != k)
            {
                errors.Add($"edge {e.EdgeIndex} of {metres} m spans {e.Quarters} quarters, expected {k}");
            }

            for (var i = 0; i < e.Quarters; i++)
            {
                var q = e.Dug - i;
                metresByQuarter[q] = metresByQuarter.GetValueOrDefault(q) + (metres / e.Quarters);
            }

            if (e.Dug - (e.Quarters - 1) < start)
            {
                errors.Add($"edge {e.EdgeIndex} starts before the planning start");
            }
        }

        foreach (var (q, m) in metresByQuarter)
        {
            if (m > capacity + 1e-6)
            {
                errors.Add($"{m} trench metres in {q} > capacity {capacity}");
            }
        }

        if (requireAllEdges)
        {
            for (var e = 0; e < design.EdgeBuilt.Length; e++)
            {
                if (design.EdgeBuilt[e] && !dug.ContainsKey(e))
                {
                    errors.Add($"built edge {e} not scheduled");
                }
            }
        }

        var tapDone = schedule.Taps.ToDictionary(t => t.NodeIndex, t => t.Done);
        var sites = schedule.Sites;
        var d = deadline;

        // Budget per calendar year.
        var spend = new Dictionary<int, double>();
        void Spend(Quarter q, double amount) => spend[q.Year] = spend.GetValueOrDefault(q.Year) + amount;
        foreach (var (e, q) in dug)
        {
            Spend(q, instance.Graph.Edges[e].CapexEuro);
        }

        foreach (var (v, q) in tapDone)
        {
            Spend(q, instance.Graph.Nodes[v].TapCostEuro);
        }

        var radioByQuarter = new Dictionary<Quarter, int>();
        var wlanByQuarter = new Dictionary<Quarter, int>();
        for (var s = 0; s < sites.Count; s++)
        {
            var site = sites[s];
            var spec = instance.Sites[s];
            var tech = design.Technology[s];
            if (site.SiteIndex != s)
            {
                errors.Add($"site entry {s} has index {site.SiteIndex}");
            }

            if (tech is { } t && site.Live is { } liveAt)
            {
                Spend(liveAt, spec.Option(t)!.CapexEuro);
                if (liveAt < start)
                {
                    errors.Add($"site {s} live before the start");
                }
            }

            if (tech is null && spec.KeepsCurrentUplink && site.Live != start)
            {
                errors.Add($"site {s} keeps its uplink but is live {site.Live}");
            }

            switch (tech)
            {
                case Technology.Fibre when site.Live is { } live:
                    if (!Connected(instance, design, spec, dug, tapDone, live))
                    {
                        errors.Add($"fibre site {s} live {live} before its path is dug");
                    }
                    else if (live > start && Connected(instance, design, spec, dug, tapDone, live - 1))
                    {
                        errors.Add($"fibre site {s} live {live} although its path was done in {live - 1}");
                    }

                    break;
                case Technology.Radio when site.Live is { } live:
                    var hub = instance.Hubs[design.Hub[s]];
                    if (!hub.HasFibreAlready && (sites[hub.SiteIndex].Live is not { } hubLive || hubLive > live))
                    {
                        errors.Add($"radio site {s} live {live} before its hub site {hub.SiteIndex} ({sites[hub.SiteIndex].Live})");
                    }

                    radioByQuarter[live] = radioByQuarter.GetValueOrDefault(live) + 1;
                    break;
                case Technology.Leased when site.Live is { } live:
                    if (live - 1 < start)
                    {
                        errors.Add($"leased site {s} live {live}: ordered before the start");
                    }

                    break;
            }

            // WLAN.
            var aps = ExpectedAps(spec.Site, instance.Scenario.Wlan);
            var needs = spec.Site.Wlan != WlanState.Full && (tech is not null || spec.KeepsCurrentUplink);
            if (needs && site.WlanAps != aps)
            {
                errors.Add($"site {s}: {site.WlanAps} APs, expected {aps}");
            }

            if (needs)
            {
                var capex = (aps * costs.WlanApCost) + ((int)Math.Ceiling(aps / (double)costs.ApsPerSwitch) * costs.PoeSwitchCost);
                if (Math.Abs(site.WlanCapexEuro - capex) > 1e-6)
                {
                    errors.Add($"site {s}: WLAN capex {site.WlanCapexEuro}, expected {capex}");
                }
            }

            if (site.WlanInstalled is { } w)
            {
                if (!needs)
                {
                    errors.Add($"site {s} gets WLAN although it needs none");
                }

                if (site.Live is not { } l || w < l)
                {
                    errors.Add($"site {s} WLAN {w} before its uplink {site.Live}");
                }

                Spend(w, site.WlanCapexEuro);
                wlanByQuarter[w] = wlanByQuarter.GetValueOrDefault(w) + 1;
            }

            // Deadline, bridging, miss flag.
            var late = (tech is not null || !spec.KeepsCurrentUplink) && (site.Live is null || site.Live > d);
            var bridgeable = scenario.Policies.AllowBridging && tech is Technology.Fibre or Technology.Radio;
            if (!late && (site.BridgedFrom is not null || site.MissesDeadline))
            {
                errors.Add($"site {s} on time but bridged/missed");
            }

            if (late && bridgeable && site.Live is not null)
            {
                if (site.BridgedFrom != d)
                {
                    errors.Add($"late site {s} bridged from {site.BridgedFrom}, expected {d}");
                }

                var expected = BridgingCost(instance, d - start, site.Live.Value - start);
                if (Math.Abs(site.BridgingCostEuro - expected) > 1e-6 * Math.Max(1, expected))
                {
                    errors.Add($"site {s} bridging {site.BridgingCostEuro}, expected {expected}");
                }

                if (site.MissesDeadline)
                {
                    errors.Add($"bridged site {s} flagged as missing the deadline");
                }
            }

            if (late && !bridgeable && (!site.MissesDeadline || site.BridgedFrom is not null))
            {
                errors.Add($"late site {s} not flagged as missing (or bridged although not allowed)");
            }

            if (late != schedule.DeadlineMisses.Any(m => m.SiteIndex == s))
            {
                errors.Add($"site {s}: late {late} but deadline-miss list disagrees");
            }
        }

        foreach (var (year, amount) in spend)
        {
            var budget = caps.BudgetFor(year) + extraBudget;
            if (amount > budget + 1e-6)
            {
                errors.Add($"CAPEX {amount} in {year} > budget {budget}");
            }

            var reported = schedule.CapexByYear.TryGetValue(year, out var split) ? split.Budgeted : 0;
            if (Math.Abs(reported - amount) > 1e-6 * Math.Max(1, amount))
            {
                errors.Add($"CAPEX {year} reported {reported}, recomputed {amount}");
            }
        }

        errors.AddRange(radioByQuarter.Where(p => p.Value > caps.RadioInstallsPerQuarter).Select(p => $"{p.Value} radio installs in {p.Key}"));
        errors.AddRange(wlanByQuarter.Where(p => p.Value > caps.WlanSitesPerQuarter).Select(p => $"{p.Value} WLAN sites in {p.Key}"));
        errors.AddRange(CheckKpis(instance, design, schedule));
        return errors;
    }

    /// <summary>Independent AP rule of the planning model.</summary>
    public static int ExpectedAps(Site site, Infra.Core.Scenarios.WlanRule rule)
    {
        double count = site.Kind == SiteKind.School ? Math.Ceiling(site.Users / (double)rule.PupilsPerAp)
            : site.FloorAreaM2 is > 0 ? Math.Ceiling(site.FloorAreaM2.Value / rule.SquareMetresPerAp)
            : Math.Ceiling(site.Users / (double)rule.StaffPerAp);
        if (site.PublicWlan)
        {
            count += rule.PublicAreaAps;
        }

        return Math.Max((int)count, rule.MinimumAps);
    }

    /// <summary>Setup in the deadline quarter plus three monthly fees per quarter until the live quarter, discounted per quarter.</summary>
    public static double BridgingCost(PlanningInstance instance, int deadlineIndex, int liveIndex)
    {
        var costs = instance.Scenario.Costs;
        double Disc(int q) => Math.Pow(1 + instance.Scenario.DiscountRate, -q / 4.0);
        var sum = costs.LeasedSetupCost * Disc(deadlineIndex);
        for (var q = deadlineIndex; q < liveIndex; q++)
        {
            sum += 3 * costs.LeasedMonthlyCost * Disc(q);
        }

        return sum;
    }

    /// <summary>Whether the site's node reaches a made tap over edges dug by <paramref name="by"/>.</summary>
    private static bool Connected(PlanningInstance instance, NetworkDesign design, SiteSpec spec, Dictionary<int, Quarter> dug,
        Dictionary<int, Quarter> taps, Quarter by)
    {
        var graph = instance.Graph;
        if (!graph.SiteNode.TryGetValue(spec.Index, out var start))
        {
            return false;
        }

        var seen = new HashSet<int> { start };
        var stack = new Stack<int>([start]);
        while (stack.TryPop(out var v))
        {
            if (design.TapUsed[v] && taps.TryGetValue(v, out var made) && made <= by)
            {
                return true;
            }

            foreach (var e in graph.Incident(v))
            {
                if (dug.TryGetValue(e, out var q) && q <= by && seen.Add(graph.Edges[e].Other(v)))
                {
                    stack.Push(graph.Edges[e].Other(v));
                }
            }
        }

        return false;
    }

    private static IEnumerable<string> CheckKpis(PlanningInstance instance, NetworkDesign design, PlannedSchedule schedule)
    {
        var sites = schedule.Sites;
        foreach (var kpi in schedule.Quarters)
        {
            var q = kpi.Quarter;
            bool Connected(int s) => (sites[s].Live is { } l && l <= q) || (sites[s].BridgedFrom is { } b && b <= q);
            double Share(IEnumerable<int> group)
            {
                var list = group.ToList();
                return list.Count == 0 ? 0 : list.Count(Connected) / (double)list.Count;
            }

            var all = Enumerable.Range(0, sites.Count).ToList();
            if (Math.Abs(Share(all) - kpi.ConnectedShare) > 1e-9)
            {
                yield return $"{q}: connected share {kpi.ConnectedShare}, recomputed {Share(all)}";
            }

            foreach (var g in all.GroupBy(s => instance.Sites[s].Site.Kind))
            {
                if (Math.Abs(Share(g) - kpi.ConnectedByKind[g.Key]) > 1e-9)
                {
                    yield return $"{q}: share of {g.Key} wrong";
                }
            }

            foreach (var g in all.GroupBy(s => instance.Sites[s].Site.District))
            {
                if (Math.Abs(Share(g) - kpi.ConnectedByDistrict[g.Key]) > 1e-9)
                {
                    yield return $"{q}: share of {g.Key} wrong";
                }
            }

            foreach (var g in all.GroupBy(s => design.Technology[s]))
            {
                var label = g.Key switch
                {
                    Technology.Fibre => "fibre",
                    Technology.Radio => "radio",
                    Technology.Leased => "leased",
                    _ => null,
                };
                if (label is not null && Math.Abs(Share(g) - kpi.ConnectedByTechnology[label]) > 1e-9)
                {
                    yield return $"{q}: share of {label} wrong";
                }
            }

            var wlan = all.Count(s => instance.Sites[s].Site.Wlan == WlanState.Full || (sites[s].WlanInstalled is { } w && w <= q));
            if (Math.Abs((wlan / (double)all.Count) - kpi.WlanShare) > 1e-9)
            {
                yield return $"{q}: WLAN share {kpi.WlanShare}, recomputed {wlan / (double)all.Count}";
            }

            var risk = all.Count(s => !(sites[s].Live is { } l && l <= q) && (sites[s].Live is null || sites[s].Live > schedule.Deadline));
            if (risk != kpi.SitesAtRisk)
            {
                yield return $"{q}: {kpi.SitesAtRisk} sites at risk, recomputed {risk}";
            }
        }

        var deadlineKpi = schedule.Quarters.Any(k => k.Quarter == schedule.Deadline);
        if (!deadlineKpi)
        {
            yield return "no KPI for the deadline quarter";
        }
    }
}
