using Infra.Core.Scenarios;
using Infra.Core.Sites;
using Infra.Planning.Graph;
using Infra.Planning.Instance;
using NetTopologySuite.Geometries;
using Infra.Planning.Costs;

namespace Infra.Planning.Tests.Schedule;

/// <summary>
/// Hand-made scheduling instances: nodes, edges with given metres and CAPEX, sites with their technology in the design,
/// hubs. Every edge added is built and every tap added is used, unless said otherwise.
/// </summary>
internal sealed class ScheduleDraft
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 25832);
    private readonly List<CandidateNode> _nodes = [];
    private readonly List<CandidateEdge> _edges = [];
    private readonly List<bool> _built = [];
    private readonly List<(Site Site, Technology? Tech, bool Keeps, double Capex, int Hub)> _sites = [];
    private readonly List<HubSpec> _hubs = [];

    public ScheduleDraft(Scenario scenario) => Scenario = scenario;

    /// <summary>A scenario from <paramref name="start"/> (2027-Q1) to <paramref name="deadline"/>, three-year horizon by default.</summary>
    public static Scenario MakeScenario(double trench = 1000, double budget = 10_000_000, int radio = 10, int wlan = 30,
        bool bridging = true, string deadline = "2027-12-31", int horizonYears = 3, string start = "2027-01-01") => new()
        {
            Name = "schedule-test",
            PlanningStart = DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
            Deadline = DateOnly.Parse(deadline, System.Globalization.CultureInfo.InvariantCulture),
            HorizonYears = horizonYears,
            Capacities = new Capacities
            {
                TrenchMetresPerQuarter = trench,
                CapexBudgetPerYear = budget,
                RadioInstallsPerQuarter = radio,
                WlanSitesPerQuarter = wlan,
            },
            Policies = new Policies { AllowBridging = bridging },
        };

    public Scenario Scenario { get; set; }

    public IReadOnlyList<CandidateEdge> Edges => _edges;

    public int Tap(double tapCost = 0)
    {
        _nodes.Add(new CandidateNode(_nodes.Count, CandidateNodeKind.Tap, _nodes.Count * 10, 0, -1, tapCost));
        return _nodes.Count - 1;
    }

    public int Street()
    {
        _nodes.Add(new CandidateNode(_nodes.Count, CandidateNodeKind.Street, _nodes.Count * 10, 0));
        return _nodes.Count - 1;
    }

    public int Edge(int from, int to, double metres, double capex = -1, bool built = true)
    {
        var a = _nodes[from];
        var b = _nodes[to];
        var line = Factory.CreateLineString([new Coordinate(a.X, a.Y), new Coordinate(b.X, b.Y + 1)]);
        _edges.Add(new CandidateEdge(_edges.Count, from, to, metres, metres, capex < 0 ? metres * 100 : capex,
            CandidateEdgeKind.Trench, line, [$"E{_edges.Count}"]));
        _built.Add(built);
        return _edges.Count - 1;
    }

    /// <summary>Adds a site; fibre sites get a node (returned as <c>Node</c>), radio sites the hub given.</summary>
    public (int Site, int Node) Site(Technology? tech, int priority = 3, double capex = 0, SiteKind kind = SiteKind.School,
        string district = "Innenstadt-West", int users = 50, WlanState wlan = WlanState.Full, int hub = -1, bool keeps = false,
        bool publicWlan = false, double? floorArea = null)
    {
        var index = _sites.Count;
        var site = new Site
        {
            Id = new SiteId($"S{index:D3}"),
            Name = $"Site {index}",
            Kind = kind,
            District = district,
            Location = Factory.CreatePoint(new Coordinate(index * 7, 100)),
            Users = users,
            Priority = priority,
            Wlan = wlan,
            PublicWlan = publicWlan,
            FloorAreaM2 = floorArea,
        };
        _sites.Add((site, tech, keeps, capex, hub));
        var node = -1;
        if (tech == Technology.Fibre || tech is null)
        {
            _nodes.Add(new CandidateNode(_nodes.Count, CandidateNodeKind.Site, index * 7, 100, index));
            node = _nodes.Count - 1;
        }

        return (index, node);
    }

    public int Hub(int siteIndex, bool hasFibre)
    {
        _hubs.Add(new HubSpec(_hubs.Count, $"H{_hubs.Count}", siteIndex, 0, 0, 6, hasFibre));
        return _hubs.Count - 1;
    }

    public PlanningInstance Instance()
    {
        var specs = _sites.Select((s, i) => new SiteSpec(i, s.Site, 100, s.Keeps,
            s.Tech is { } t ? [new SiteOption(t, s.Capex, 0, s.Capex)] : [], [])).ToList();
        var graph = new CandidateGraph(_nodes, _edges, new CandidateGraphStats(_edges.Count, 1, _nodes.Count, _edges.Count, false, []));
        return new PlanningInstance
        {
            Scenario = Scenario,
            Sites = specs,
            Graph = graph,
            Hubs = _hubs,
            RadioCandidates = [],
            PassiveNpvFactor = 1,
            TrenchMetresUntilDeadline = 0,
            CapexBudgetUntilDeadline = 0,
            RadioInstallsUntilDeadline = 0,
        };
    }

    public NetworkDesign Design() => new(
        _sites.Select(s => s.Tech).ToArray(),
        _sites.Select(s => s.Hub).ToArray(),
        [.. _built],
        _nodes.Select(n => n.Kind == CandidateNodeKind.Tap).ToArray());
}
