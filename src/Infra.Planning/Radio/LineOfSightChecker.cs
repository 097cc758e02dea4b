using Infra.Core.Network;
using Infra.Planning.Instance;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace Infra.Planning.Radio;

/// <summary>
/// Checks a radio path against building footprints with heights (flat ground, heights above ground, EPSG:25832
/// metres): wherever the straight path crosses a footprint, the ray between the two antennas must clear the
/// building by 60 % of the first Fresnel zone radius, r = sqrt(λ d1 d2 / (d1 + d2)). Buildings that hold either
/// antenna (the footprint contains the end point) are ignored: the antenna stands on their roof.
/// </summary>
internal sealed class LineOfSightChecker
{
    /// <summary>Wavelength at 18 GHz, metres.</summary>
    public const double WavelengthM = 0.0167;

    public const double FresnelClearance = 0.6;

    private readonly Coordinate[][][] _rings;
    private readonly double[] _heights;
    private readonly STRtree<int> _tree = new();

    public LineOfSightChecker(IReadOnlyList<Obstacle> obstacles)
    {
        _rings = new Coordinate[obstacles.Count][][];
        _heights = new double[obstacles.Count];
        for (var i = 0; i < obstacles.Count; i++)
        {
            var footprint = obstacles[i].Footprint;
            var rings = new Coordinate[footprint.NumInteriorRings + 1][];
            rings[0] = footprint.ExteriorRing.Coordinates;
            for (var h = 0; h < footprint.NumInteriorRings; h++)
            {
                rings[h + 1] = footprint.GetInteriorRingN(h).Coordinates;
            }

            _rings[i] = rings;
            _heights[i] = obstacles[i].HeightM;
            _tree.Insert(footprint.EnvelopeInternal, i);
        }

        _tree.Build();
    }

    public LineOfSight Check(Coordinate from, double fromHeightM, Coordinate to, double toHeightM)
    {
        var length = from.Distance(to);
        foreach (var i in _tree.Query(new Envelope(from, to)))
        {
            if (Inside(_rings[i], from) || Inside(_rings[i], to))
            {
                continue;
            }

            var crossings = Crossings(_rings[i], from, to);
            for (var c = 0; c + 1 < crossings.Count; c++)
            {
                var (t0, t1) = (crossings[c], crossings[c + 1]);
                if (t1 - t0 <= 0 || !Inside(_rings[i], At(from, to, (t0 + t1) / 2)))
                {
                    continue;
                }

                if (LeastClearance(t0, t1, length, fromHeightM, toHeightM, _heights[i]) < 0)
                {
                    return LineOfSight.Blocked;
                }
            }
        }

        return LineOfSight.Clear;
    }

    /// <summary>
    /// Least of ray height − building height − 0.6 Fresnel radius over [t0, t1]: the function is convex in t
    /// (linear minus a concave root), so a ternary search finds its minimum.
    /// </summary>
    internal static double LeastClearance(double t0, double t1, double length, double fromHeightM, double toHeightM, double buildingM)
    {
        double Clearance(double t) =>
            fromHeightM + ((toHeightM - fromHeightM) * t) - buildingM
            - (FresnelClearance * Math.Sqrt(WavelengthM * length * t * (1 - t)));

        var (lo, hi) = (t0, t1);
        for (var k = 0; k < 60; k++)
        {
            var m1 = lo + ((hi - lo) / 3);
            var m2 = hi - ((hi - lo) / 3);
            if (Clearance(m1) <= Clearance(m2))
            {
                hi = m2;
            }
            else
            {
                lo = m1;
            }
        }

        return Math.Min(Math.Min(Clearance(t0), Clearance(t1)), Clearance((lo + hi) / 2));
    }

    /// <summary>Parameters in [0, 1] where from→to crosses an edge of the rings, with 0 and 1, ascending.</summary>
    private static List<double> Crossings(Coordinate[][] rings, Coordinate from, Coordinate to)
    {
        var result = new List<double> { 0, 1 };
        var (rx, ry) = (to.X - from.X, to.Y - from.Y);
        foreach (var ring in rings)
        {
            for (var k = 0; k + 1 < ring.Length; k++)
            {
                var (ax, ay) = (ring[k].X, ring[k].Y);
                var (ex, ey) = (ring[k + 1].X - ax, ring[k + 1].Y - ay);
                var denominator = (rx * ey) - (ry * ex);
                if (Math.Abs(denominator) < 1e-12)
                {
                    continue;
                }

                var t = (((ax - from.X) * ey) - ((ay - from.Y) * ex)) / denominator;
                var s = (((ax - from.X) * ry) - ((ay - from.Y) * rx)) / denominator;
                if (t is > 0 and < 1 && s is >= 0 and <= 1)
                {
                    result.Add(t);
                }
            }
        }

        result.Sort();
        return result;
    }

    private static Coordinate At(Coordinate from, Coordinate to, double t) =>
        new(from.X + ((to.X - from.X) * t), from.Y + ((to.Y - from.Y) * t));

    /// <summary>Even-odd point in polygon over all rings (holes excluded).</summary>
    private static bool Inside(Coordinate[][] rings, Coordinate p)
    {
        var inside = false;
        foreach (var ring in rings)
        {
            for (int k = 0, j = ring.Length - 1; k < ring.Length; j = k++)
            {
                if ((ring[k].Y > p.Y) != (ring[j].Y > p.Y)
                    && p.X < ((ring[j].X - ring[k].X) * (p.Y - ring[k].Y) / (ring[j].Y - ring[k].Y)) + ring[k].X)
                {
                    inside = !inside;
                }
            }
        }

        return inside;
    }
}
