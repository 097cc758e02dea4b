using Infra.Core.Network;

namespace Infra.Synthetic;

/// <summary>A short closed tour through the district centres: nearest neighbour from the first centre, then 2-opt.</summary>
internal static class RingTour
{
    /// <summary>District indices in tour order; deterministic (ties go to the lower index).</summary>
    public static IReadOnlyList<int> Order(IReadOnlyList<DistrictCentre> centres)
    {
        var n = centres.Count;
        if (n == 0)
        {
            return [];
        }

        var tour = new List<int> { 0 };
        var left = Enumerable.Range(1, n - 1).ToList();
        while (left.Count > 0)
        {
            var last = centres[tour[^1]];
            var next = left.OrderBy(k => Distance(last, centres[k])).ThenBy(k => k).First();
            tour.Add(next);
            left.Remove(next);
        }

        for (var improved = true; improved;)
        {
            improved = false;
            for (var a = 0; a < n - 1; a++)
            {
                for (var b = a + 2; b < n; b++)
                {
                    var (p, q, r, s) = (centres[tour[a]], centres[tour[a + 1]], centres[tour[b]], centres[tour[(b + 1) % n]]);
                    if (Distance(p, r) + Distance(q, s) < Distance(p, q) + Distance(r, s) - 1e-6)
                    {
                        tour.Reverse(a + 1, b - a);
                        improved = true;
                    }
                }
            }
        }

        return tour;
    }

    private static double Distance(DistrictCentre a, DistrictCentre b) => Math.Sqrt(((a.X - b.X) * (a.X - b.X)) + ((a.Y - b.Y) * (a.Y - b.Y)));
}
