using Infra.Core.Network;
using Infra.Core.Plans;
using Infra.Core.Scenarios;
using Infra.Core.Sites;
using Infra.Planning.Graph;
using Infra.Planning.Instance;
using NetTopologySuite.Geometries;
using Infra.Planning.Costs;

namespace Infra.Planning.Tests.Support;

/// <summary>
/// Small planning instances built directly (no builder), small enough for <see cref="ExhaustiveSolver"/>: seeded random
/// grid-ish street graphs with taps, drops and hubs, and a few hand-made cases. Option costs come from
/// <see cref="PlanChecker"/>'s recomputation, not from the production cost code.
/// </summary>
public static class TinyInstances
{
    /// <summary>Most sites a tiny instance may have.</summary>
    public const int MaxSites = 12;

    /// <summary>Most candidate edges a random instance has.</summary>
    public const int MaxEdges = 20;

    private const double OriginX = 392_000;
    private const double OriginY = 5_707_000;

    private static readonly GeometryFactory Factory = new(new PrecisionModel(), Srid.Etrs89Utm32);

    private static readonly SiteKind[] Kinds =
        [SiteKind.School, SiteKind.Kita, SiteKind.Office, SiteKind.FireStation, SiteKind.Library, SiteKind.YouthCentre];

    /// <summary>
    /// A random instance, deterministic per seed: a 2×2 or 3×3 street grid (edges removed, keeping it connected, until at most
    /// <see cref="MaxEdges"/> edges with the drops), one or two taps, sites joined by drops, a site hub and an extra mast
    /// near the edge of the 10 km radio range. By seed: a site keeping its fibre uplink (the site hub), a site without graph node,
    /// a fibre bonus, Kitas without fibre, partial plans forbidden, or tight aggregate limits.
    /// </summary>
    /// <param name="seed">Seed of the generator.</param>
    /// <param name="sites">Number of sites, 1 to <see cref="MaxSites"/>.</param>
    /// <param name="tight">Tight aggregate limits (null: by seed); only with partial plans allowed.</param>
    public static PlanningInstance Random(int seed, int sites = 8, bool? tight = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sites, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sites, MaxSites);
        var random = new Random(seed);
        var allowPartial = seed % 4 != 2;
        var isTight = allowPartial && (tight ?? seed % 3 == 1);
        var policies = new Policies
        {
            AllowPartialPlan = allowPartial,
            FibreBonus = seed % 5 == 1 ? 20_000 : 0,
            AllowedByKind = seed % 5 == 3
                ? new Dictionary<SiteKind, IReadOnlySet<Technology>> { [SiteKind.Kita] = new HashSet<Technology> { Technology.Leased, Technology.Radio } }
                : new Dictionary<SiteKind, IReadOnlySet<Technology>>(),
        };
        var scenario = new Scenario { Name = $"tiny-{seed}", Policies = policies };
        var draft = new Draft(scenario);

        var side = sites <= 4 ? 2 : 3;
        var spacing = 250 + random.Next(350);
        for (var r = 0; r < side; r++)
        {
            for (var c = 0; c < side; c++)
            {
                draft.AddNode(CandidateNodeKind.Street, OriginX + (c * spacing), OriginY + (r * spacing));
            }
        }

        var streets = new List<(int From, int To)>();
        for (var r = 0; r < side; r++)
        {
            for (var c = 0; c < side; c++)
            {
                var v = (r * side) + c;
                if (c + 1 < side)
                {
                    streets.Add((v, v + 1));
                }

                if (r + 1 < side)
                {
                    streets.Add((v, v + side));
                }
            }
        }

        var unreachable = sites >= 3 && seed % 4 == 3 ? sites - 1 : -1;
        var keeper = sites >= 3 && seed % 3 == 0 ? 0 : -1;
        var withNode = unreachable >= 0 ? sites - 1 : sites;
        var extraRemovals = random.Next(2);
        streets = Thin(streets, side * side, Math.Min(streets.Count - extraRemovals, MaxEdges - withNode), random);
        foreach (var (from, to) in streets)
        {
            draft.AddEdge(from, to, CandidateEdgeKind.Trench);
        }

        var taps = new List<int> { random.Next(side * side) };
        if (random.Next(2) == 1)
        {
            var second = random.Next(side * side);
            if (second != taps[0])
            {
                taps.Add(second);
            }
        }

        foreach (var tap in taps)
        {
            draft.MakeTap(tap);
        }

        // Even seeds: the streets at the first tap are existing LWL with free ducts (zero cost), seeds divisible by
        // four also the first grid square, which can close a free ring: the optimiser contracts such edges.
        if (seed % 2 == 0)
        {
            for (var e = 0; e < draft.Edges.Count; e++)
            {
                var (from, to) = (draft.Edges[e].From, draft.Edges[e].To);
                var inSquare = seed % 4 == 0 && new[] { from, to }.All(v => v is 0 or 1 || v == side || v == side + 1);
                if (from == taps[0] || to == taps[0] || inSquare)
                {
                    draft.MakeFreeLwl(e);
                }
            }
        }

        for (var i = 0; i < sites; i++)
        {
            var kind = i == keeper ? SiteKind.School : Kinds[random.Next(Kinds.Length)];
            var demand = kind == SiteKind.School || random.Next(4) == 0 ? 1000 : 100;
            if (i == unreachable && !allowPartial)
            {
                demand = 100;
            }

            var anchor = random.Next(side * side);
            var angle = random.NextDouble() * 2 * Math.PI;
            var offset = i == unreachable ? 1500 + random.Next(800) : 40 + random.Next(110);
            var x = Math.Round(draft.Nodes[anchor].X + (offset * Math.Cos(angle)), 1);
            var y = Math.Round(draft.Nodes[anchor].Y + (offset * Math.Sin(angle)), 1);
            var site = MakeSite($"T{seed:D4}-{i:D2}", kind, x, y, demand, users: 20 + random.Next(400)) with
            {
                CurrentUplink = i == keeper ? UplinkKind.Fibre : UplinkKind.Dsl,
                CurrentUplinkMbps = i == keeper ? 1000 : 16,
            };
            draft.Sites.Add((site, demand, i == keeper));
            if (i != unreachable)
            {
                var node = draft.AddNode(CandidateNodeKind.Site, x, y, i);
                draft.AddEdge(node, anchor, CandidateEdgeKind.Drop);
            }
        }

        var hubSite = keeper >= 0 ? keeper : random.Next(withNode);
        var hubPoint = draft.Sites[hubSite].Site.Location;
        draft.Hubs.Add(new HubSpec(0, draft.Sites[hubSite].Site.Id.Value, hubSite, hubPoint.X, hubPoint.Y, 1 + random.Next(2), keeper >= 0));

        // The mast sits about 9.8 km from the grid's centre, so that the 10 km range (1 Gbit/s) reaches some sites only.
        var centre = (side - 1) * spacing / 2.0;
        var bearing = random.NextDouble() * 2 * Math.PI;
        draft.Hubs.Add(new HubSpec(1, $"MAST-{seed}", -1, Math.Round(OriginX + centre + (9_800 * Math.Cos(bearing)), 1),
            Math.Round(OriginY + centre + (9_800 * Math.Sin(bearing)), 1), 1 + random.Next(2), true));

        return draft.Build(isTight);
    }

    /// <summary>
    /// A tap, a 950 m street to a junction, and two small sites 40 m off the junction: fibre for one site alone costs more than a
    /// leased line, fibre for both sharing the trench costs less than two leased lines.
    /// </summary>
    public static PlanningInstance TwoSitesShareATrench()
    {
        var (draft, junction) = Draft.TapAndStreet("two-sites-share-a-trench", 950);
        draft.AddSite(MakeSite("SHARE-0", SiteKind.Kita, OriginX + 950, OriginY + 40, 100, users: 30), junction);
        draft.AddSite(MakeSite("SHARE-1", SiteKind.Library, OriginX + 950, OriginY - 40, 100, users: 30), junction);
        return draft.Build(tight: false);
    }

    /// <summary>
    /// Two 1 Gbit/s schools at one address, 300 m from a tap, each given its own drop to the street as the graph
    /// builder did before sites at one address shared their house connection: building both drops is the fault
    /// <see cref="SharedEntryCheck"/> finds.
    /// </summary>
    public static PlanningInstance TwoSchoolsAtOneAddressWithTwoDrops()
    {
        var (draft, street) = Draft.TapAndStreet("one-address-two-drops", 300);
        draft.AddSite(MakeSite("ADDR-0", SiteKind.School, OriginX + 300, OriginY + 30, 1000, users: 400), street);
        draft.AddSite(MakeSite("ADDR-1", SiteKind.School, OriginX + 300, OriginY + 30, 1000, users: 200), street);
        return draft.Build(tight: false);
    }

    /// <summary>
    /// A 1 Gbit/s school with no graph node and no hub (so no option at all) beside a Kita on a short drop to a tap.
    /// </summary>
    public static PlanningInstance UnreachableSchool()
    {
        var (draft, street) = Draft.TapAndStreet("unreachable-school", 300);
        draft.AddSite(MakeSite("UNR-0-KITA", SiteKind.Kita, OriginX + 300, OriginY + 30, 100, users: 40), street);
        draft.AddSite(MakeSite("UNR-1-SCHOOL", SiteKind.School, OriginX + 25_000, OriginY + 25_000, 1000, users: 600), -1);
        return draft.Build(tight: false);
    }

    /// <summary>
    /// Four sites around one tap: a 1 Gbit/s school on a 430 m fibre path that is also a radio hub (one link); a 1 Gbit/s office
    /// 2 km east (radio only), a Kita 2 km north (radio or leased), both also within reach of a mast with fibre 9 km east of the
    /// school (one link); and a library 11 km west, out of every hub's range (leased only).
    /// </summary>
    public static PlanningInstance RadioHubs()
    {
        var (draft, street) = Draft.TapAndStreet("radio-hubs", 400);
        draft.AddSite(MakeSite("HUB-0-SCHOOL", SiteKind.School, OriginX + 400, OriginY + 30, 1000, users: 800), street);
        draft.AddSite(MakeSite("HUB-1-OFFICE", SiteKind.Office, OriginX + 2400, OriginY + 30, 1000, users: 90), -1);
        draft.AddSite(MakeSite("HUB-2-KITA", SiteKind.Kita, OriginX + 400, OriginY + 2030, 100, users: 15), -1);
        draft.AddSite(MakeSite("HUB-3-LIBRARY", SiteKind.Library, OriginX - 10_600, OriginY + 30, 100, users: 10), -1);
        draft.Hubs.Add(new HubSpec(0, "HUB-0-SCHOOL", 0, OriginX + 400, OriginY + 30, 1, false));
        draft.Hubs.Add(new HubSpec(1, "MAST-EAST", -1, OriginX + 9_400, OriginY + 30, 1, true));
        return draft.Build(tight: false);
    }

    /// <summary>A copy of <paramref name="instance"/> with the given parts replaced (the graph and hubs are shared).</summary>
    public static PlanningInstance Copy(PlanningInstance instance, Scenario? scenario = null, IReadOnlyList<SiteSpec>? sites = null,
        IReadOnlyList<RadioCandidate>? radioCandidates = null, double? passiveNpvFactor = null, double? trenchMetres = null,
        double? capexBudget = null, int? radioInstalls = null)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return new PlanningInstance
        {
            Scenario = scenario ?? instance.Scenario,
            Sites = sites ?? instance.Sites,
            Graph = instance.Graph,
            Hubs = instance.Hubs,
            RadioCandidates = radioCandidates ?? instance.RadioCandidates,
            PassiveNpvFactor = passiveNpvFactor ?? instance.PassiveNpvFactor,
            TrenchMetresUntilDeadline = trenchMetres ?? instance.TrenchMetresUntilDeadline,
            CapexBudgetUntilDeadline = capexBudget ?? instance.CapexBudgetUntilDeadline,
            RadioInstallsUntilDeadline = radioInstalls ?? instance.RadioInstallsUntilDeadline,
        };
    }

    /// <summary>A site record in EPSG:25832.</summary>
    public static Site MakeSite(string id, SiteKind kind, double x, double y, int demandMbps, int users) => new()
    {
        Id = new SiteId(id),
        Name = id,
        Kind = kind,
        District = "Innenstadt-Nord",
        Location = Factory.CreatePoint(new Coordinate(x, y)),
        Users = users,
        DemandMbps = demandMbps,
        Synthetic = true,
        Source = "TinyInstances",
    };

    /// <summary>The options a site has, costed by <see cref="PlanChecker"/>: fibre with a graph node, radio with a hub in range, leased up to its capacity.</summary>
    public static IReadOnlyList<SiteOption> OptionsFor(Scenario scenario, Site site, int demandMbps, bool hasNode, bool hubInRange)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(site);
        var options = new List<SiteOption>();
        var policies = scenario.Policies;
        var costs = scenario.Costs;
        if (hasNode && policies.Allows(site, Technology.Fibre))
        {
            options.Add(Option(scenario, Technology.Fibre, costs.BuildingEntryCost * costs.FibrePassiveUpkeepRate));
        }

        if (hubInRange && policies.Allows(site, Technology.Radio))
        {
            options.Add(Option(scenario, Technology.Radio, costs.RadioYearlyCost));
        }

        if (costs.LeasedMbps >= demandMbps && policies.Allows(site, Technology.Leased))
        {
            options.Add(Option(scenario, Technology.Leased, 12 * costs.LeasedMonthlyCost));
        }

        return options;
    }

    private static SiteOption Option(Scenario scenario, Technology technology, double opex)
    {
        var (capex, npv) = PlanChecker.OptionCost(scenario, technology);
        return new SiteOption(technology, capex, opex, npv);
    }

    /// <summary>Removes random edges, keeping the grid connected, until at most <paramref name="keep"/> remain.</summary>
    private static List<(int From, int To)> Thin(List<(int From, int To)> edges, int nodes, int keep, Random random)
    {
        var order = Enumerable.Range(0, edges.Count).OrderBy(_ => random.Next()).ToList();
        var kept = new List<(int From, int To)>(edges);
        foreach (var e in order)
        {
            if (kept.Count <= keep)
            {
                break;
            }

            var without = kept.Where(k => k != edges[e]).ToList();
            if (Connected(without, nodes))
            {
                kept = without;
            }
        }

        return kept;
    }

    private static bool Connected(List<(int From, int To)> edges, int nodes)
    {
        var seen = new bool[nodes];
        var stack = new Stack<int>();
        stack.Push(0);
        seen[0] = true;
        var count = 1;
        while (stack.TryPop(out var v))
        {
            foreach (var (a, b) in edges)
            {
                var other = a == v ? b : b == v ? a : -1;
                if (other >= 0 && !seen[other])
                {
                    seen[other] = true;
                    count++;
                    stack.Push(other);
                }
            }
        }

        return count == nodes;
    }

    /// <summary>Collects nodes, edges, sites and hubs, then derives options, radio candidates and limits.</summary>
    private sealed class Draft(Scenario scenario)
    {
        public List<CandidateNode> Nodes { get; } = [];

        public List<CandidateEdge> Edges { get; } = [];

        public List<(Site Site, int Demand, bool Keeps)> Sites { get; } = [];

        public List<HubSpec> Hubs { get; } = [];

        public int AddNode(CandidateNodeKind kind, double x, double y, int siteIndex = -1)
        {
            Nodes.Add(new CandidateNode(Nodes.Count, kind, x, y, siteIndex));
            return Nodes.Count - 1;
        }

        /// <summary>A draft with a tap at the origin and a trench east to a street node <paramref name="lengthM"/> away.</summary>
        public static (Draft Draft, int Street) TapAndStreet(string name, double lengthM)
        {
            var draft = new Draft(new Scenario { Name = name });
            var tap = draft.AddNode(CandidateNodeKind.Tap, OriginX, OriginY);
            var street = draft.AddNode(CandidateNodeKind.Street, OriginX + lengthM, OriginY);
            draft.AddEdge(tap, street, CandidateEdgeKind.Trench);
            draft.MakeTap(tap);
            return (draft, street);
        }

        /// <summary>Adds a site (not keeping its uplink) with a drop to <paramref name="anchor"/>, or without node when it is -1.</summary>
        public void AddSite(Site site, int anchor)
        {
            var index = Sites.Count;
            Sites.Add((site, site.DemandMbps ?? 100, false));
            if (anchor >= 0)
            {
                var node = AddNode(CandidateNodeKind.Site, site.Location.X, site.Location.Y, index);
                AddEdge(node, anchor, CandidateEdgeKind.Drop);
            }
        }

        public void MakeTap(int node) =>
            Nodes[node] = Nodes[node] with { Kind = CandidateNodeKind.Tap, TapCostEuro = scenario.Costs.TapCost };

        /// <summary>Turns an edge into existing LWL with a free duct: no trench, no cost.</summary>
        public void MakeFreeLwl(int edge) =>
            Edges[edge] = Edges[edge] with { TrenchMetres = 0, CapexEuro = 0, Kind = CandidateEdgeKind.ExistingLwl };

        public void AddEdge(int from, int to, CandidateEdgeKind kind)
        {
            var a = Nodes[from];
            var b = Nodes[to];
            var line = Factory.CreateLineString([new Coordinate(a.X, a.Y), new Coordinate(b.X, b.Y)]);
            var length = line.Length;
            var perM = scenario.Costs.TrenchPavedPerM + scenario.Costs.FibreCablePerM;
            Edges.Add(new CandidateEdge(Edges.Count, from, to, length, length, length * perM, kind, line, [$"E{Edges.Count}"]));
        }

        public PlanningInstance Build(bool tight)
        {
            var siteNode = Nodes.Where(n => n.Kind == CandidateNodeKind.Site).Select(n => n.SiteIndex).ToHashSet();
            var specs = new List<SiteSpec>();
            var candidates = new List<RadioCandidate>();
            for (var i = 0; i < Sites.Count; i++)
            {
                var (site, demand, keeps) = Sites[i];
                var inRange = Hubs
                    .Where(h => h.SiteIndex != i)
                    .Select(h => (Hub: h, Distance: PlanChecker.Distance(site, h)))
                    .Where(p => PlanChecker.RadioCarries(scenario.Costs, demand, p.Distance))
                    .OrderBy(p => p.Distance).ThenBy(p => p.Hub.Index)
                    .ToList();
                var options = keeps ? [] : OptionsFor(scenario, site, demand, siteNode.Contains(i), inRange.Count > 0);
                if (options.Any(o => o.Technology == Technology.Radio))
                {
                    candidates.AddRange(inRange.Select(p => new RadioCandidate(i, p.Hub.Index, p.Distance, LineOfSight.NotVerified)));
                }

                specs.Add(new SiteSpec(i, site, demand, keeps, options, Exclusions(demand, keeps, options)));
            }

            var graph = new CandidateGraph(Nodes, Edges, new CandidateGraphStats(Edges.Count(e => e.Kind == CandidateEdgeKind.Trench), 1,
                Nodes.Count, Edges.Count, false, specs.Where(s => !siteNode.Contains(s.Index)).Select(s => s.Site.Id.Value).ToList()));
            var (trench, capex, radio) = tight ? TightLimits(specs) : (6_600.0 * 38, 6_000_000.0 * 10, 10 * 38);
            return new PlanningInstance
            {
                Scenario = scenario,
                Sites = specs,
                Graph = graph,
                Hubs = Hubs,
                RadioCandidates = candidates,
                PassiveNpvFactor = PlanChecker.PassiveFactor(scenario),
                TrenchMetresUntilDeadline = trench,
                CapexBudgetUntilDeadline = capex,
                RadioInstallsUntilDeadline = radio,
            };
        }

        /// <summary>A third of all trench metres; the cheapest option CAPEX of every site plus a quarter of all edge CAPEX; one radio link.</summary>
        private (double Trench, double Capex, int Radio) TightLimits(List<SiteSpec> specs)
        {
            var trench = Math.Round(Edges.Sum(e => e.TrenchMetres) / 3, 1);
            var cheapest = specs.Where(s => s.Options.Count > 0).Sum(s => s.Options.Min(o => o.CapexEuro));
            var capex = Math.Round(cheapest + (Edges.Sum(e => e.CapexEuro) / 4), 0);
            return (trench, capex, 1);
        }

        private static List<PlanExclusion> Exclusions(int demand, bool keeps, IReadOnlyList<SiteOption> options)
        {
            var exclusions = new List<PlanExclusion>();
            if (keeps)
            {
                return exclusions;
            }

            var has = options.Select(o => o.Technology).ToHashSet();
            if (!has.Contains(Technology.Fibre))
            {
                exclusions.Add(new PlanExclusion(PlanTechnology.Fibre, ExclusionCode.NoNetworkAccess));
            }

            if (!has.Contains(Technology.Radio))
            {
                exclusions.Add(new PlanExclusion(PlanTechnology.Radio, ExclusionCode.NoHubInRange));
            }

            if (!has.Contains(Technology.Leased))
            {
                exclusions.Add(new PlanExclusion(PlanTechnology.Leased, ExclusionCode.DemandAboveCapacity, demand, 100));
            }

            return exclusions;
        }
    }
}
