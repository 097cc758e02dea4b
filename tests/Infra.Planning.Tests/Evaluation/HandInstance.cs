using Infra.Core.Network;
using Infra.Core.Scenarios;
using Infra.Core.Sites;
using Infra.Planning.Graph;
using Infra.Planning.Instance;
using NetTopologySuite.Geometries;
using Infra.Planning.Costs;

namespace Infra.Planning.Tests.Evaluation;

/// <summary>
/// Planning instances written out by hand (graph, options with round costs, hubs, radio pairs), so that expected
/// costs are plain arithmetic in the tests.
/// </summary>
internal static class HandInstance
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), Srid.Etrs89Utm32);

    public static Site Site(int i, double x = 0, double y = 0) => new()
    {
        Id = new SiteId($"S{i:00}"), Name = $"S{i:00}", Kind = SiteKind.School, District = "Mitte",
        Location = Factory.CreatePoint(new Coordinate(x, y)),
    };

    public static SiteOption Fibre(double npv, double capex = 7000) => new(Technology.Fibre, capex, 40, npv);

    public static SiteOption Radio(double npv, double capex = 28000) => new(Technology.Radio, capex, 1800, npv);

    public static SiteOption Leased(double npv, double capex = 1500) => new(Technology.Leased, capex, 5400, npv);

    public static SiteSpec Spec(int index, params SiteOption[] options) => new(index, Site(index), 100, false, options, []);

    public static SiteSpec Kept(int index) => new(index, Site(index), 100, true, [], []);

    public static CandidateNode Node(int index, CandidateNodeKind kind, int site = -1, double tapCost = 0) =>
        new(index, kind, index * 10, 0, site, tapCost);

    public static CandidateEdge Edge(int index, int from, int to, double capex, double trench) =>
        new(index, from, to, trench, trench, capex, CandidateEdgeKind.Trench,
            Factory.CreateLineString([new Coordinate(from * 10, 0), new Coordinate(to * 10, 1)]), []);

    public static CandidateGraph Graph(IReadOnlyList<CandidateNode> nodes, IReadOnlyList<CandidateEdge> edges) =>
        new(nodes, edges, new CandidateGraphStats(0, 0, nodes.Count, edges.Count, false, []));

    public static PlanningInstance Instance(
        IReadOnlyList<SiteSpec> sites, CandidateGraph graph, IReadOnlyList<HubSpec>? hubs = null,
        IReadOnlyList<RadioCandidate>? radio = null, Policies? policies = null, double factor = 1.5,
        double trench = 1e9, double capex = 1e12, int radioInstalls = 1000) => new()
    {
        Scenario = new Scenario { Name = "hand", Policies = policies ?? new Policies() },
        Sites = sites,
        Graph = graph,
        Hubs = hubs ?? [],
        RadioCandidates = radio ?? [],
        PassiveNpvFactor = factor,
        TrenchMetresUntilDeadline = trench,
        CapexBudgetUntilDeadline = capex,
        RadioInstallsUntilDeadline = radioInstalls,
    };

    /// <summary>
    /// Five sites and a small graph:
    /// T0 (tap 2500) –e0 1000 €/10 m– N1; N1 –e1 500 €/5 m– S0 (site 0); N1 –e2 700 €/7 m– S1 (site 1);
    /// S1 –e3 5000 €/50 m– T4 (tap 1000); N1 –e4 300 €/3 m– N5 (a dead end).
    /// Site 0: fibre 9000 / leased 20000. Site 1: fibre 8000 / radio 30000 / leased 21000. Site 2: radio 31000 / leased 22000.
    /// Site 3 keeps its uplink. Site 4 has no option. Hub 0 = site 0 (no fibre today, 1 link); hub 1 extra with fibre (1 link).
    /// Radio pairs: (1, hub 1), (2, hub 0), (2, hub 1). Fibre bonus 10 €, passive factor 1.5.
    /// </summary>
    public static PlanningInstance Small(Policies? policies = null, double trench = 1e9, double capex = 1e12, int radioInstalls = 1000)
    {
        CandidateNode[] nodes =
        [
            Node(0, CandidateNodeKind.Tap, tapCost: 2500),
            Node(1, CandidateNodeKind.Street),
            Node(2, CandidateNodeKind.Site, site: 0),
            Node(3, CandidateNodeKind.Site, site: 1),
            Node(4, CandidateNodeKind.Tap, tapCost: 1000),
            Node(5, CandidateNodeKind.Street),
        ];
        CandidateEdge[] edges = [Edge(0, 0, 1, 1000, 10), Edge(1, 1, 2, 500, 5), Edge(2, 1, 3, 700, 7), Edge(3, 3, 4, 5000, 50), Edge(4, 1, 5, 300, 3)];
        SiteSpec[] sites =
        [
            Spec(0, Fibre(9000), Leased(20000)),
            Spec(1, Fibre(8000), Radio(30000), Leased(21000)),
            Spec(2, Radio(31000), Leased(22000)),
            Kept(3),
            Spec(4),
        ];
        HubSpec[] hubs = [new(0, "S00", 0, 0, 0, 1, false), new(1, "H1", -1, 100, 0, 1, true)];
        RadioCandidate[] radio = [new(1, 1, 100, LineOfSight.NotVerified), new(2, 0, 50, LineOfSight.NotVerified), new(2, 1, 60, LineOfSight.NotVerified)];
        return Instance(sites, Graph(nodes, edges), hubs, radio, (policies ?? new Policies()) with { FibreBonus = 10 }, 1.5, trench, capex, radioInstalls);
    }

    /// <summary>Sites 0 and 1 on fibre via T0, e0, e1, e2; site 2 on Richtfunk to hub 0 (site 0); 3 and 4 without technology.</summary>
    public static NetworkDesign SmallFeasible() =>
        new([Technology.Fibre, Technology.Fibre, Technology.Radio, null, null], [-1, -1, 0, -1, -1],
            [true, true, true, false, false], [true, false, false, false, false, false]);
}
