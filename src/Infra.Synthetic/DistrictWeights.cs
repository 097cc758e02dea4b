using Infra.Core.Network;
using Infra.Core.Sites;

namespace Infra.Synthetic;

/// <summary>District shares from the schools per district (a proxy for population), and integer apportionment.</summary>
internal static class DistrictWeights
{
    /// <summary>
    /// Share of each district in district order, summing to 1. A district without schools counts as one school, so
    /// that it still gets streets and sites; with no schools at all every district weighs the same.
    /// </summary>
    public static double[] FromSchools(IReadOnlyList<DistrictCentre> districts, IReadOnlyList<Site> schools)
    {
        var counts = districts
            .Select(d => Math.Max(1, schools.Count(s => string.Equals(s.District, d.Name, StringComparison.Ordinal))))
            .ToArray();
        double total = counts.Sum();
        return counts.Select(c => c / total).ToArray();
    }

    /// <summary>
    /// Splits <paramref name="total"/> over the districts in proportion to <paramref name="weights"/> by the largest
    /// remainder method (ties to the lower index), giving every district at least <paramref name="minimum"/> when
    /// the total allows it.
    /// </summary>
    public static int[] Apportion(int total, IReadOnlyList<double> weights, int minimum)
    {
        var n = weights.Count;
        var floor = total >= minimum * n ? minimum : 0;
        var rest = total - (floor * n);
        var exact = weights.Select(w => w * rest).ToArray();
        var result = exact.Select(e => floor + (int)Math.Floor(e)).ToArray();
        var missing = total - result.Sum();
        var order = Enumerable.Range(0, n).OrderByDescending(i => exact[i] - Math.Floor(exact[i])).ThenBy(i => i).ToArray();
        for (var k = 0; k < missing; k++)
        {
            result[order[k % n]]++;
        }

        return result;
    }
}
