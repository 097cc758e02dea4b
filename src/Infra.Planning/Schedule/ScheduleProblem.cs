using Infra.Core.Sites;
using Infra.Planning.Costs;
using Infra.Planning.Instance;

namespace Infra.Planning.Schedule;

/// <summary>What a site needs to go live.</summary>
internal enum SiteRole
{
    /// <summary>Keeps its current uplink: live at quarter 0.</summary>
    Kept,

    /// <summary>No technology in the design: never live.</summary>
    Unserved,

    Fibre,
    Radio,
    Leased,
}

/// <summary>
/// The scheduling problem of one design, in quarter indices from the planning start's quarter: roles, fibre paths
/// (from the used tap through built edges, found by a breadth-first search from all used taps), hubs, CAPEX per item,
/// limits per quarter and year, and the objective per site.
/// </summary>
internal sealed class ScheduleProblem
{
    public ScheduleProblem(PlanningInstance instance, NetworkDesign design, ScheduleOptions options, double extraTrench, double extraBudget)
    {
        Instance = instance;
        Design = design;
        Options = options;
        var scenario = instance.Scenario;
        Start = Quarter.FromDate(scenario.PlanningStart);
        DeadlineQuarter = Quarter.FromDate(scenario.Deadline);
        DeadlineIndex = Math.Max(0, DeadlineQuarter - Start);
        QuarterCount = Math.Max(Math.Max(1, scenario.HorizonYears) * 4, DeadlineIndex + 9);
        TrenchPerQuarter = Math.Max(0, scenario.Capacities.TrenchMetresPerQuarter + extraTrench);
        RadioPerQuarter = scenario.Capacities.RadioInstallsPerQuarter;
        WlanPerQuarter = scenario.Capacities.WlanSitesPerQuarter;
        var years = YearIndexOf(QuarterCount - 1) + 1;
        Budget = new double[years];
        for (var y = 0; y < years; y++)
        {
            Budget[y] = Math.Max(0, scenario.Capacities.BudgetFor(Start.Year + y) + extraBudget);
        }

        var npv = instance.Costs;
        var graph = instance.Graph;
        var n = instance.Sites.Count;
        Role = new SiteRole[n];
        Path = new int[n][];
        PathTap = new int[n];
        HubSite = new int[n];
        SiteCapex = new double[n];
        WlanAps = new int[n];
        WlanCapex = new double[n];
        Weight = new int[n];
        Bridgeable = new bool[n];
        StructuralNote = new string?[n];
        Release = new int[n];
        EdgeTap = Enumerable.Repeat(-1, graph.Edges.Count).ToArray();
        SitesOnEdge = new List<int>[graph.Edges.Count];
        for (var e = 0; e < SitesOnEdge.Length; e++)
        {
            SitesOnEdge[e] = [];
        }

        (ParentEdge, Root) = Forest(instance, design);
        var onPath = new bool[graph.Edges.Count];
        var tapOnPath = new HashSet<int>();
        for (var i = 0; i < n; i++)
        {
            var spec = instance.Sites[i];
            var tech = i < design.Technology.Length ? design.Technology[i] : null;
            Path[i] = [];
            PathTap[i] = -1;
            HubSite[i] = -2;
            Weight[i] = 6 - Math.Clamp(spec.Site.Priority, 1, 5);
            if (options.EarliestStart.TryGetValue(spec.Site.Id.Value, out var earliest))
            {
                Release[i] = Math.Max(0, Quarter.FromDate(earliest) - Start);
            }

            Role[i] = tech switch
            {
                Technology.Fibre => SiteRole.Fibre,
                Technology.Radio => SiteRole.Radio,
                Technology.Leased => SiteRole.Leased,
                _ => spec.KeepsCurrentUplink ? SiteRole.Kept : SiteRole.Unserved,
            };
            if (tech is { } t)
            {
                SiteCapex[i] = spec.Option(t)?.CapexEuro ?? t switch
                {
                    Technology.Fibre => npv.FibreOption().CapexEuro,
                    Technology.Radio => npv.RadioOption().CapexEuro,
                    _ => npv.LeasedOption().CapexEuro,
                };
            }

            if (Role[i] != SiteRole.Unserved && spec.Site.Wlan != WlanState.Full)
            {
                WlanAps[i] = NpvCalculator.WlanApCount(spec.Site, scenario.Wlan);
                WlanCapex[i] = npv.WlanCapex(WlanAps[i]);
            }

            Bridgeable[i] = scenario.Policies.AllowBridging && Role[i] is SiteRole.Fibre or SiteRole.Radio;
            switch (Role[i])
            {
                case SiteRole.Unserved:
                    StructuralNote[i] = "Kein Anschluss im Entwurf (Standort nicht versorgt)";
                    break;
                case SiteRole.Fibre:
                    if (!graph.SiteNode.TryGetValue(i, out var node) || Root[node] < 0 || node == Root[node])
                    {
                        StructuralNote[i] = "Kein LWL-Pfad von einem genutzten Abzweig über gebaute Kanten";
                        break;
                    }

                    var path = new List<int>();
                    for (var v = node; v != Root[node]; v = graph.Edges[ParentEdge[v]].Other(v))
                    {
                        path.Add(ParentEdge[v]);
                    }

                    path.Reverse();
                    Path[i] = [.. path];
                    PathTap[i] = Root[node];
                    EdgeTap[path[0]] = Root[node];
                    tapOnPath.Add(Root[node]);
                    foreach (var e in path)
                    {
                        onPath[e] = true;
                        SitesOnEdge[e].Add(i);
                    }

                    break;
                case SiteRole.Radio:
                    var hub = i < design.Hub.Length ? design.Hub[i] : -1;
                    if (hub < 0 || hub >= instance.Hubs.Count)
                    {
                        StructuralNote[i] = "Richtfunk ohne Hub im Entwurf";
                    }
                    else if (instance.Hubs[hub].HasFibreAlready)
                    {
                        HubSite[i] = -1;
                    }
                    else if (instance.Hubs[hub].SiteIndex is var h and >= 0 && h < n && h < design.Technology.Length
                             && design.Technology[h] == Technology.Fibre)
                    {
                        HubSite[i] = h;
                    }
                    else
                    {
                        StructuralNote[i] = "Richtfunk-Hub erhält kein LWL";
                    }

                    break;
            }
        }

        // A radio site whose hub site cannot get fibre cannot go live either.
        for (var i = 0; i < n; i++)
        {
            if (Role[i] == SiteRole.Radio && HubSite[i] >= 0 && StructuralNote[HubSite[i]] is not null)
            {
                StructuralNote[i] = "Richtfunk-Hub erhält kein LWL (Hub-Standort ohne LWL-Pfad)";
                HubSite[i] = -2;
            }
        }

        OrphanEdges = Enumerable.Range(0, graph.Edges.Count)
            .Where(e => e < design.EdgeBuilt.Length && design.EdgeBuilt[e] && !onPath[e]).ToArray();
        OrphanTaps = Enumerable.Range(0, graph.Nodes.Count)
            .Where(v => v < design.TapUsed.Length && design.TapUsed[v] && !tapOnPath.Contains(v)).ToArray();
    }

    public PlanningInstance Instance { get; }

    public NetworkDesign Design { get; }

    public ScheduleOptions Options { get; }

    public Quarter Start { get; }

    public Quarter DeadlineQuarter { get; }

    /// <summary>Index of the deadline quarter (quarter 0 = the planning start's).</summary>
    public int DeadlineIndex { get; }

    /// <summary>Quarters scheduled: the TCO horizon, at least 8 past the deadline.</summary>
    public int QuarterCount { get; }

    public double TrenchPerQuarter { get; }

    public int RadioPerQuarter { get; }

    public int WlanPerQuarter { get; }

    /// <summary>Budget per calendar year index (year − start year), €.</summary>
    public double[] Budget { get; }

    public SiteRole[] Role { get; }

    /// <summary>Per site the first quarter index in which its work may be scheduled (<see cref="ScheduleOptions.EarliestStart"/>); 0 for most.</summary>
    public int[] Release { get; }

    /// <summary>Fibre sites: built edges from the tap outward to the site node.</summary>
    public int[][] Path { get; }

    public int[] PathTap { get; }

    /// <summary>Radio sites: the hub's site index, −1 when the hub has fibre already, −2 when the hub never gets fibre.</summary>
    public int[] HubSite { get; }

    public double[] SiteCapex { get; }

    public int[] WlanAps { get; }

    public double[] WlanCapex { get; }

    public int[] Weight { get; }

    public bool[] Bridgeable { get; }

    /// <summary>Why a site can never go live in this design (German), or null.</summary>
    public string?[] StructuralNote { get; }

    /// <summary>For the first edge of a path: the tap to make when it is started, else −1.</summary>
    public int[] EdgeTap { get; }

    public List<int>[] SitesOnEdge { get; }

    /// <summary>Built edges on no fibre site's path.</summary>
    public int[] OrphanEdges { get; }

    /// <summary>Used taps on no fibre site's path.</summary>
    public int[] OrphanTaps { get; }

    /// <summary>Per node: the built edge towards its tap (−1 for taps and unreached nodes).</summary>
    public int[] ParentEdge { get; }

    /// <summary>Per node: the used tap it hangs from (−1 when unreached).</summary>
    public int[] Root { get; }

    public int SiteCount => Role.Length;

    public int YearIndexOf(int quarter) => (Start.Number - 1 + quarter) / 4;

    public int YearOf(int quarter) => Start.Year + YearIndexOf(quarter);

    public Quarter QuarterAt(int index) => Start + index;

    public double EdgeMetres(int edge) => Instance.Graph.Edges[edge].TrenchMetres;

    public double EdgeCapex(int edge) => Instance.Graph.Edges[edge].CapexEuro;

    public double TapCost(int node) => Instance.Graph.Nodes[node].TapCostEuro;

    /// <summary>Discount factor of quarter <paramref name="quarter"/>: (1 + r)^(−quarter / 4).</summary>
    public double Discount(int quarter) => Math.Pow(1 + Instance.Scenario.DiscountRate, -quarter / 4.0);

    /// <summary>Whether the site can go live at all in this design.</summary>
    public bool Schedulable(int site) => Role[site] is SiteRole.Fibre or SiteRole.Radio or SiteRole.Leased && StructuralNote[site] is null;

    /// <summary>Quarters an edge of <paramref name="metres"/> takes at the current capacity (int.MaxValue when none).</summary>
    public int QuartersFor(double metres)
    {
        if (metres <= 1e-9)
        {
            return 1;
        }

        if (TrenchPerQuarter <= 0)
        {
            return int.MaxValue;
        }

        return metres <= TrenchPerQuarter + 1e-9 ? 1 : (int)Math.Ceiling((metres - 1e-9) / TrenchPerQuarter);
    }

    /// <summary>
    /// Objective contribution of site <paramref name="site"/> not being live (own uplink) in quarter <paramref name="quarter"/>:
    /// its weight up to and including the deadline quarter; from the deadline quarter on, the miss weight times its weight
    /// plus, where it is bridged, the discounted bridge (setup in the deadline quarter, three monthly fees per quarter) in points.
    /// </summary>
    public double NotLiveCost(int site, int quarter)
    {
        if (!Schedulable(site))
        {
            return 0;
        }

        var cost = quarter <= DeadlineIndex ? Weight[site] : 0.0;
        if (quarter >= DeadlineIndex)
        {
            cost += Weight[site] * Options.MissWeight;
            if (Bridgeable[site])
            {
                cost += BridgingEuro(quarter) / Options.EuroPerPoint;
            }
        }

        return cost;
    }

    /// <summary>Discounted bridging cost of quarter <paramref name="quarter"/> (≥ deadline quarter), €.</summary>
    public double BridgingEuro(int quarter)
    {
        var costs = Instance.Scenario.Costs;
        var fee = 3 * costs.LeasedMonthlyCost * Discount(quarter);
        return quarter == DeadlineIndex ? fee + (costs.LeasedSetupCost * Discount(quarter)) : fee;
    }

    /// <summary>Objective of a site going live in quarter <paramref name="live"/> (−1: never within the horizon).</summary>
    public double SiteCost(int site, int live)
    {
        var end = live < 0 ? QuarterCount : Math.Min(live, QuarterCount);
        var sum = 0.0;
        for (var q = 0; q < end; q++)
        {
            sum += NotLiveCost(site, q);
        }

        return sum;
    }

    public double Objective(int[] live)
    {
        var sum = 0.0;
        for (var i = 0; i < live.Length; i++)
        {
            sum += SiteCost(i, live[i]);
        }

        return sum;
    }

    /// <summary>Live quarter ignoring every capacity and budget: a lower bound per site.</summary>
    public int EarliestLive(int site)
    {
        switch (Role[site])
        {
            case SiteRole.Fibre when StructuralNote[site] is null:
                var longest = Path[site].Select(e => QuartersFor(EdgeMetres(e))).DefaultIfEmpty(1).Max();
                return longest == int.MaxValue ? -1 : Math.Max(Release[site], longest - 1);
            case SiteRole.Radio when StructuralNote[site] is null:
                return Math.Max(Release[site], HubSite[site] >= 0 ? EarliestLive(HubSite[site]) : 0);
            case SiteRole.Leased:
                return Math.Max(1, Release[site]);
            case SiteRole.Kept:
                return 0;
            default:
                return -1;
        }
    }

    /// <summary>Multi-source breadth-first search over built edges from all used taps (ascending), edges ascending.</summary>
    private static (int[] ParentEdge, int[] Root) Forest(PlanningInstance instance, NetworkDesign design)
    {
        var graph = instance.Graph;
        var parent = Enumerable.Repeat(-1, graph.Nodes.Count).ToArray();
        var root = Enumerable.Repeat(-1, graph.Nodes.Count).ToArray();
        var queue = new Queue<int>();
        for (var v = 0; v < graph.Nodes.Count; v++)
        {
            if (v < design.TapUsed.Length && design.TapUsed[v])
            {
                root[v] = v;
                queue.Enqueue(v);
            }
        }

        while (queue.TryDequeue(out var v))
        {
            foreach (var e in graph.Incident(v))
            {
                if (e >= design.EdgeBuilt.Length || !design.EdgeBuilt[e])
                {
                    continue;
                }

                var w = graph.Edges[e].Other(v);
                if (root[w] < 0)
                {
                    root[w] = root[v];
                    parent[w] = e;
                    queue.Enqueue(w);
                }
            }
        }

        return (parent, root);
    }
}
