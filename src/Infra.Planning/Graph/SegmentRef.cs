using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace Infra.Planning.Graph;

/// <summary>One straight part of a street edge, as an item of the STRtree used to place drops.</summary>
/// <param name="Edge">Draft edge index (-1 for a query probe).</param>
/// <param name="Offset">Length along the edge's geometry where this part starts, metres.</param>
/// <param name="P0">Start of the part.</param>
/// <param name="P1">End of the part.</param>
internal sealed record SegmentRef(int Edge, double Offset, Coordinate P0, Coordinate P1)
{
    public static readonly IItemDistance<Envelope, SegmentRef> Distance = new SegmentDistance();

    /// <summary>Fraction along P0→P1 of the point nearest to <paramref name="p"/>, clamped to [0, 1].</summary>
    public double Fraction(Coordinate p)
    {
        var dx = P1.X - P0.X;
        var dy = P1.Y - P0.Y;
        var lengthSquared = (dx * dx) + (dy * dy);
        if (lengthSquared == 0)
        {
            return 0;
        }

        return Math.Clamp((((p.X - P0.X) * dx) + ((p.Y - P0.Y) * dy)) / lengthSquared, 0, 1);
    }

    public Coordinate PointAt(double fraction) =>
        new(P0.X + (fraction * (P1.X - P0.X)), P0.Y + (fraction * (P1.Y - P0.Y)));

    public double DistanceTo(Coordinate p) => PointAt(Fraction(p)).Distance(p);

    private sealed class SegmentDistance : IItemDistance<Envelope, SegmentRef>
    {
        public double Distance(IBoundable<Envelope, SegmentRef> item1, IBoundable<Envelope, SegmentRef> item2)
        {
            var (probe, segment) = item1.Item.Edge < 0 ? (item1.Item, item2.Item) : (item2.Item, item1.Item);
            return segment.DistanceTo(probe.P0);
        }
    }
}
