using Infra.Core.Network;
using Infra.Core.Scenarios;
using Infra.Core.Sites;
using Infra.Planning.Graph;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Infra.Planning.Tests.Graph;

/// <summary>Hand-made layers from WKT, and a plain Dijkstra on finished graphs to compare against.</summary>
internal static class GraphFixtures
{
    private static readonly WKTReader Reader = new(new NetTopologySuite.NtsGeometryServices(new PrecisionModel(), Srid.Etrs89Utm32));

    public static readonly CostParameters DefaultCosts = new();

    public static T Wkt<T>(string wkt) where T : Geometry => (T)Reader.Read(wkt);

    public static StreetSegment Street(string id, string wkt, SurfaceClass surface = SurfaceClass.Paved, bool duct = false) =>
        new() { Id = new FeatureId(id), Geometry = Wkt<LineString>(wkt), Surface = surface, FreeDuct = duct };

    public static LwlRoute Route(string id, string wkt, int freeDucts = 1) =>
        new() { Id = new FeatureId(id), Geometry = Wkt<LineString>(wkt), FreeDucts = freeDucts };

    public static AccessPoint Access(string id, string routeId, double x, double y) =>
        new() { Id = new FeatureId(id), RouteId = new FeatureId(routeId), Location = Wkt<Point>($"POINT ({x} {y})") };

    public static Site Site(string id, double x, double y) => new()
    {
        Id = new SiteId(id), Name = id, Kind = SiteKind.School, District = "Innenstadt-West",
        Location = Wkt<Point>($"POINT ({x} {y})"),
    };

    public static CandidateGraph Build(IReadOnlyList<Site> sites, GeoInventory network, SolverSettings? settings = null) =>
        new CandidateGraphBuilder(DefaultCosts, settings ?? new SolverSettings())
            .Build(sites, Enumerable.Range(0, sites.Count).ToHashSet(), network);

    /// <summary>Least CAPEX between two nodes (brute-force Bellman-Ford style relaxation, independent of the code under test).</summary>
    public static double ShortestCost(CandidateGraph graph, int from, int to) => ShortestCosts(graph, from)[to];

    public static double[] ShortestCosts(CandidateGraph graph, int from)
    {
        var distance = Enumerable.Repeat(double.PositiveInfinity, graph.Nodes.Count).ToArray();
        distance[from] = 0;
        for (var round = 0; round < graph.Nodes.Count; round++)
        {
            foreach (var edge in graph.Edges)
            {
                distance[edge.To] = Math.Min(distance[edge.To], distance[edge.From] + edge.CapexEuro);
                distance[edge.From] = Math.Min(distance[edge.From], distance[edge.To] + edge.CapexEuro);
            }
        }

        return distance;
    }

    public static double PavedPerM => DefaultCosts.TrenchPavedPerM + DefaultCosts.FibreCablePerM;
}
