using Infra.Core.Network;
using NetTopologySuite.Geometries;
using NetTopologySuite.LinearReferencing;

namespace Infra.Planning.Graph;

/// <summary>
/// Adds the existing LWL network: access points become tap nodes; a route without access points can be tapped
/// anywhere, so it gets taps where candidate edges meet it (<see cref="OpenRouteTaps"/>), whatever its vertex spacing.
/// A route with free ducts becomes zero-cost <see cref="CandidateEdgeKind.ExistingLwl"/> edges between consecutive
/// vertices and taps. Route points within the snap tolerance of a node already in the lookup are joined to it. Taps
/// not on a street node are joined to the nearest street node by a short trench at the paved rate.
/// </summary>
internal static class TapBuilder
{
    public static void Add(GraphDraft draft, NodeLookup lookup, IReadOnlyList<LwlRoute> routes, IReadOnlyList<AccessPoint> accessPoints,
        EdgeCosts costs, TapSettings settings, CancellationToken cancellationToken)
    {
        var streetNodes = new List<(int Id, double X, double Y)>();
        for (var n = 0; n < draft.Nodes.Count; n++)
        {
            if (draft.Nodes[n].Kind == CandidateNodeKind.Street)
            {
                streetNodes.Add((n, draft.Nodes[n].X, draft.Nodes[n].Y));
            }
        }

        var byRoute = new Dictionary<string, List<AccessPoint>>();
        foreach (var point in accessPoints)
        {
            if (!byRoute.TryGetValue(point.RouteId.Value, out var list))
            {
                list = [];
                byRoute[point.RouteId.Value] = list;
            }

            list.Add(point);
        }

        var open = Enumerable.Range(0, routes.Count).Where(r => !byRoute.ContainsKey(routes[r].Id.Value)).ToHashSet();
        var openTaps = OpenRouteTaps.Place(draft, routes, open, settings, cancellationToken);
        var taps = new SortedSet<int>();
        var knownRoutes = new HashSet<string>();
        for (var r = 0; r < routes.Count; r++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var route = routes[r];
            knownRoutes.Add(route.Id.Value);
            AddRoute(draft, lookup, route, byRoute.GetValueOrDefault(route.Id.Value), openTaps.GetValueOrDefault(r), costs, taps);
        }

        foreach (var point in accessPoints)
        {
            if (!knownRoutes.Contains(point.RouteId.Value))
            {
                taps.Add(StationNode(draft, lookup, point.Location.Coordinate, tap: true, costs));
            }
        }

        JoinToStreets(draft, streetNodes, taps, costs);
    }

    // points: the route's access points, if any; openTaps: for a route without access points, its tap positions.
    private static void AddRoute(GraphDraft draft, NodeLookup lookup, LwlRoute route, List<AccessPoint>? points,
        List<(double Position, Coordinate Point)>? openTaps, EdgeCosts costs, SortedSet<int> taps)
    {
        var usable = route.FreeDucts > 0;
        var line = new LengthIndexedLine(route.Geometry);
        var stations = new List<(double Position, int Order, Coordinate Point, bool Tap)>();
        if (usable)
        {
            // Vertices carry the free-duct chain; they are no taps of their own.
            var coordinates = route.Geometry.Coordinates;
            var position = 0.0;
            for (var v = 0; v < coordinates.Length; v++)
            {
                position += v == 0 ? 0 : coordinates[v - 1].Distance(coordinates[v]);
                stations.Add((position, stations.Count, coordinates[v], false));
            }
        }

        foreach (var point in points ?? [])
        {
            var location = point.Location.Coordinate;
            stations.Add((line.Project(location), stations.Count, location, true));
        }

        foreach (var (position, point) in openTaps ?? [])
        {
            stations.Add((position, stations.Count, point, true));
        }

        stations.Sort((a, b) => a.Position != b.Position ? a.Position.CompareTo(b.Position) : a.Order.CompareTo(b.Order));
        var previous = -1;
        var previousPosition = 0.0;
        foreach (var (position, _, point, tap) in stations)
        {
            var node = StationNode(draft, lookup, point, tap, costs);
            if (tap)
            {
                taps.Add(node);
            }

            if (usable && previous >= 0 && previous != node)
            {
                var piece = (LineString)line.ExtractLine(previousPosition, position);
                draft.AddEdge(previous, node, piece.Length, 0, 0, CandidateEdgeKind.ExistingLwl, piece, [route.Id.Value]);
            }

            previous = node;
            previousPosition = position;
        }
    }

    private static int StationNode(GraphDraft draft, NodeLookup lookup, Coordinate point, bool tap, EdgeCosts costs)
    {
        var node = lookup.Find(point.X, point.Y);
        if (node < 0)
        {
            node = draft.AddNode(CandidateNodeKind.Street, point.X, point.Y);
            lookup.Register(node, point.X, point.Y);
        }

        if (tap && draft.Nodes[node].Kind != CandidateNodeKind.Tap)
        {
            draft.SetNode(draft.Nodes[node] with { Kind = CandidateNodeKind.Tap, TapCostEuro = costs.TapCost });
        }

        return node;
    }

    private static void JoinToStreets(GraphDraft draft, List<(int Id, double X, double Y)> streetNodes, SortedSet<int> taps,
        EdgeCosts costs)
    {
        if (streetNodes.Count == 0)
        {
            return;
        }

        var grid = new PointGrid(streetNodes);
        var isStreet = new HashSet<int>();
        foreach (var (id, _, _) in streetNodes)
        {
            isStreet.Add(id);
        }

        foreach (var tap in taps)
        {
            if (isStreet.Contains(tap))
            {
                continue;
            }

            var node = draft.Nodes[tap];
            var nearest = grid.Nearest(node.X, node.Y);
            var target = draft.Nodes[nearest];
            var geometry = EdgeCosts.Line(node.X, node.Y, target.X, target.Y);
            var length = geometry.Length;
            draft.AddEdge(tap, nearest, length, length, length * costs.PavedPerM, CandidateEdgeKind.Trench, geometry, []);
        }
    }
}
