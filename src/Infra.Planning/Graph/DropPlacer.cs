using Infra.Core.Sites;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.LinearReferencing;

namespace Infra.Planning.Graph;

/// <summary>
/// Adds a site node per fibre candidate and a drop edge to the nearest point of the nearest street edge,
/// splitting that edge there (several sites on one edge split it several times; cost and trench metres of
/// the pieces are proportional to their length). Sites at one address (within the snap tolerance of an earlier
/// candidate) share that candidate's house connection: a <see cref="CandidateEdgeKind.SharedEntry"/> edge to its node
/// instead of a drop of their own, so the drop is dug, paid and counted against civil-works capacity once.
/// </summary>
internal static class DropPlacer
{
    public static void Place(GraphDraft draft, IReadOnlyList<Site> sites, IReadOnlySet<int> fibreCandidates, EdgeCosts costs,
        double tolerance, CancellationToken cancellationToken)
    {
        var tree = BuildTree(draft);
        var candidates = fibreCandidates.Where(i => i >= 0 && i < sites.Count).Order().ToArray();
        var splits = new Dictionary<int, List<(double Position, int SiteNode, Coordinate Point)>>();
        var addresses = new NodeLookup(tolerance);
        foreach (var siteIndex in candidates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var location = sites[siteIndex].Location.Coordinate;
            var node = draft.AddNode(CandidateNodeKind.Site, location.X, location.Y, siteIndex);
            var sameAddress = addresses.Find(location.X, location.Y);
            if (sameAddress >= 0)
            {
                AddSharedEntry(draft, node, sameAddress);
                continue;
            }

            addresses.Register(node, location.X, location.Y);
            if (tree is null)
            {
                continue;
            }

            var probe = new SegmentRef(-1, 0, location, location);
            var nearest = tree.NearestNeighbour(new Envelope(location), probe, SegmentRef.Distance);
            var fraction = nearest.Fraction(location);
            var position = nearest.Offset + (fraction * nearest.P0.Distance(nearest.P1));
            if (!splits.TryGetValue(nearest.Edge, out var list))
            {
                list = [];
                splits[nearest.Edge] = list;
            }

            list.Add((position, node, nearest.PointAt(fraction)));
        }

        foreach (var edgeIndex in splits.Keys.Order())
        {
            cancellationToken.ThrowIfCancellationRequested();
            Split(draft, edgeIndex, splits[edgeIndex], costs, tolerance);
        }
    }

    private static STRtree<SegmentRef>? BuildTree(GraphDraft draft)
    {
        STRtree<SegmentRef>? tree = null;
        for (var e = 0; e < draft.Edges.Count; e++)
        {
            var edge = draft.Edges[e];
            if (edge is null)
            {
                continue;
            }

            tree ??= new STRtree<SegmentRef>();
            var coordinates = edge.Geometry.Coordinates;
            var offset = 0.0;
            for (var p = 0; p + 1 < coordinates.Length; p++)
            {
                var part = new SegmentRef(e, offset, coordinates[p], coordinates[p + 1]);
                tree.Insert(new Envelope(coordinates[p], coordinates[p + 1]), part);
                offset += coordinates[p].Distance(coordinates[p + 1]);
            }
        }

        tree?.Build();
        return tree;
    }

    private static void Split(GraphDraft draft, int edgeIndex, List<(double Position, int SiteNode, Coordinate Point)> sites,
        EdgeCosts costs, double tolerance)
    {
        var edge = draft.Edges[edgeIndex]!;
        var total = edge.Geometry.Length;
        sites.Sort((a, b) => a.Position != b.Position ? a.Position.CompareTo(b.Position) : a.SiteNode.CompareTo(b.SiteNode));

        // Cut points along the edge: (position, node); the edge's own ends first and last.
        var cuts = new List<(double Position, int Node)> { (0, edge.From) };
        foreach (var (position, siteNode, point) in sites)
        {
            int attach;
            if (position <= tolerance)
            {
                attach = edge.From;
            }
            else if (position >= total - tolerance)
            {
                attach = edge.To;
            }
            else if (cuts.Count > 1 && position - cuts[^1].Position <= tolerance)
            {
                attach = cuts[^1].Node;
            }
            else
            {
                attach = draft.AddNode(CandidateNodeKind.Street, point.X, point.Y);
                cuts.Add((position, attach));
            }

            AddDrop(draft, siteNode, attach, costs);
        }

        if (cuts.Count == 1)
        {
            return;
        }

        cuts.Add((total, edge.To));
        draft.RemoveEdge(edgeIndex);
        var line = new LengthIndexedLine(edge.Geometry);
        for (var c = 0; c + 1 < cuts.Count; c++)
        {
            var (start, from) = cuts[c];
            var (end, to) = cuts[c + 1];
            var piece = (LineString)line.ExtractLine(start, end);
            var share = total > 0 ? (end - start) / total : 0;
            draft.AddEdge(edge with { From = from, To = to, LengthM = end - start, TrenchMetres = edge.TrenchMetres * share,
                CapexEuro = edge.CapexEuro * share, Geometry = piece });
        }
    }

    /// <summary>Whether the node is a site joined to another site's house connection.</summary>
    internal static bool SharesEntry(GraphDraft draft, int node) =>
        draft.Incident(node).Any(e => draft.Edges[e] is { Kind: CandidateEdgeKind.SharedEntry } edge && edge.From == node);

    private static void AddSharedEntry(GraphDraft draft, int siteNode, int leadNode)
    {
        var site = draft.Nodes[siteNode];
        var lead = draft.Nodes[leadNode];
        var line = EdgeCosts.Line(site.X, site.Y, lead.X, lead.Y);
        draft.AddEdge(siteNode, leadNode, line.Length, 0, 0, CandidateEdgeKind.SharedEntry, line, []);
    }

    internal static void AddDrop(GraphDraft draft, int siteNode, int attach, EdgeCosts costs)
    {
        var site = draft.Nodes[siteNode];
        var target = draft.Nodes[attach];
        var line = EdgeCosts.Line(site.X, site.Y, target.X, target.Y);
        var length = line.Length;
        draft.AddEdge(siteNode, attach, length, length, length * costs.PavedPerM, CandidateEdgeKind.Drop, line, []);
    }
}
