namespace Infra.Synthetic;

/// <summary>Plane geometry on raw coordinates, for the hot loops of the generator.</summary>
internal static class SegmentMath
{
    public static double DistanceToSegment(double px, double py, double ax, double ay, double bx, double by)
    {
        var (dx, dy) = (bx - ax, by - ay);
        var lengthSquared = (dx * dx) + (dy * dy);
        var t = lengthSquared == 0 ? 0 : Math.Clamp((((px - ax) * dx) + ((py - ay) * dy)) / lengthSquared, 0, 1);
        var (qx, qy) = (ax + (t * dx), ay + (t * dy));
        return Math.Sqrt(((px - qx) * (px - qx)) + ((py - qy) * (py - qy)));
    }

    /// <summary>True when the segments cross or touch anywhere except at a shared end point.</summary>
    public static bool Conflict((double X, double Y) a, (double X, double Y) b, (double X, double Y) c, (double X, double Y) d)
    {
        if (a == c || a == d || b == c || b == d)
        {
            // Sharing an end point is a junction; only a collinear overlap would be a conflict, which lattice sides cannot form.
            return false;
        }

        var d1 = Cross(c, d, a);
        var d2 = Cross(c, d, b);
        var d3 = Cross(a, b, c);
        var d4 = Cross(a, b, d);
        return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0) || d1 == 0 || d2 == 0)
            && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0) || d3 == 0 || d4 == 0)
            && Overlaps(a, b, c, d);
    }

    private static bool Overlaps((double X, double Y) a, (double X, double Y) b, (double X, double Y) c, (double X, double Y) d) =>
        Math.Max(a.X, b.X) >= Math.Min(c.X, d.X) && Math.Max(c.X, d.X) >= Math.Min(a.X, b.X)
        && Math.Max(a.Y, b.Y) >= Math.Min(c.Y, d.Y) && Math.Max(c.Y, d.Y) >= Math.Min(a.Y, b.Y);

    private static double Cross((double X, double Y) o, (double X, double Y) p, (double X, double Y) q) =>
        ((p.X - o.X) * (q.Y - o.Y)) - ((p.Y - o.Y) * (q.X - o.X));
}
