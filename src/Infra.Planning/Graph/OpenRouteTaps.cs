using Infra.Core.Network;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.LinearReferencing;

namespace Infra.Planning.Graph;

/// <summary>
/// Where an existing route without access points can be tapped: any point of it may take a splice, so taps go where
/// candidate edges meet the route, independent of how densely its geometry is drawn. With a street layer: at the
/// nearest route point of every street node within <c>reach</c> metres of the route (joined to that node by a short
/// trench). Without one: at the nearest route point of every site whose distance to the route is at most the distance
/// to its k-th nearest other site (where the k-nearest-neighbour graph would join it to a tap there). Always at both
/// ends of the route, and every <c>spacing</c> metres along it when spacing is positive.
/// </summary>
internal static class OpenRouteTaps
{
    /// <summary>Tap positions (metres along the route, ascending, without duplicates) and points per route index.</summary>
    public static Dictionary<int, List<(double Position, Coordinate Point)>> Place(GraphDraft draft, IReadOnlyList<LwlRoute> routes,
        IReadOnlySet<int> open, TapSettings settings, CancellationToken cancellationToken)
    {
        var result = open.ToDictionary(r => r, _ => new List<(double Position, Coordinate Point)>());
        if (open.Count == 0)
        {
            return result;
        }

        var tree = new STRtree<(int Route, SegmentRef Segment)>();
        foreach (var r in open.Order())
        {
            var coordinates = routes[r].Geometry.Coordinates;
            var offset = 0.0;
            for (var p = 0; p + 1 < coordinates.Length; p++)
            {
                tree.Insert(new Envelope(coordinates[p], coordinates[p + 1]), (r, new SegmentRef(-1, offset, coordinates[p], coordinates[p + 1])));
                offset += coordinates[p].Distance(coordinates[p + 1]);
            }
        }

        tree.Build();
        foreach (var (point, reach) in Probes(draft, settings))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var search = new Envelope(point);
            search.ExpandBy(reach);
            // The nearest point of each open route within reach.
            var best = new Dictionary<int, (double Distance, double Position, Coordinate Point)>();
            foreach (var (route, segment) in tree.Query(search))
            {
                var fraction = segment.Fraction(point);
                var at = segment.PointAt(fraction);
                var distance = at.Distance(point);
                var position = segment.Offset + (fraction * segment.P0.Distance(segment.P1));
                if (distance <= reach && (!best.TryGetValue(route, out var b) || distance < b.Distance
                    || (distance == b.Distance && position < b.Position)))
                {
                    best[route] = (distance, position, at);
                }
            }

            foreach (var (route, hit) in best)
            {
                result[route].Add((hit.Position, hit.Point));
            }
        }

        foreach (var r in open)
        {
            var line = routes[r].Geometry;
            var length = line.Length;
            var list = result[r];
            list.Add((0, line.Coordinates[0]));
            list.Add((length, line.Coordinates[^1]));
            if (settings.SpacingM > 0)
            {
                var indexed = new LengthIndexedLine(line);
                for (var position = settings.SpacingM; position < length; position += settings.SpacingM)
                {
                    list.Add((position, indexed.ExtractPoint(position)));
                }
            }

            list.Sort((a, b) => a.Position.CompareTo(b.Position));
            result[r] = Distinct(list);
        }

        return result;
    }

    /// <summary>The points that look for a route, each with its reach: street nodes, or (without streets) site nodes.</summary>
    private static List<(Coordinate Point, double Reach)> Probes(GraphDraft draft, TapSettings settings)
    {
        var streets = new List<(Coordinate, double)>();
        var sites = new List<(int Id, double X, double Y)>();
        for (var n = 0; n < draft.Nodes.Count; n++)
        {
            var node = draft.Nodes[n];
            if (node.Kind == CandidateNodeKind.Street)
            {
                streets.Add((new Coordinate(node.X, node.Y), settings.ReachM));
            }
            else if (node.Kind == CandidateNodeKind.Site && !DropPlacer.SharesEntry(draft, n))
            {
                sites.Add((n, node.X, node.Y));
            }
        }

        if (!settings.Fallback)
        {
            return streets;
        }

        var grid = new PointGrid(sites);
        var nearest = new List<(double Distance, int Id)>();
        var probes = new List<(Coordinate, double)>(sites.Count);
        foreach (var (id, x, y) in sites)
        {
            grid.Nearest(x, y, settings.Neighbours, id, nearest);
            // Fewer sites than neighbours: every route is within reach.
            var reach = nearest.Count < settings.Neighbours ? 1e9 : nearest[^1].Distance;
            probes.Add((new Coordinate(x, y), reach));
        }

        return probes;
    }

    /// <summary>Drops positions within a millimetre of the previous one (the same splice point).</summary>
    private static List<(double Position, Coordinate Point)> Distinct(List<(double Position, Coordinate Point)> sorted)
    {
        var result = new List<(double Position, Coordinate Point)>(sorted.Count);
        foreach (var entry in sorted)
        {
            if (result.Count == 0 || entry.Position - result[^1].Position > 1e-3)
            {
                result.Add(entry);
            }
        }

        return result;
    }
}
