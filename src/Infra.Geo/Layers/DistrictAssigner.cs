using Infra.Core.Network;
using Infra.Core.Sites;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;

namespace Infra.Geo.Layers;

/// <summary>
/// Gives sites without a district the official name of the district whose boundary covers their point
/// (point-in-polygon; where boundaries overlap, the district with the smallest id). Sites outside every district,
/// and sites that name their district, keep what they have.
/// </summary>
public static class DistrictAssigner
{
    /// <summary>The sites in the same order, with empty districts filled where a boundary covers the point.</summary>
    public static IReadOnlyList<Site> Assign(IReadOnlyList<Site> sites, IReadOnlyList<District> districts)
    {
        ArgumentNullException.ThrowIfNull(sites);
        ArgumentNullException.ThrowIfNull(districts);
        if (districts.Count == 0 || sites.All(s => s.District.Length > 0))
        {
            return sites;
        }

        var index = new STRtree<(District District, IPreparedGeometry Boundary)>();
        foreach (var d in districts.OrderBy(d => d.Id.Value, StringComparer.Ordinal))
        {
            index.Insert(d.Boundary.EnvelopeInternal, (d, PreparedGeometryFactory.Prepare(d.Boundary)));
        }

        index.Build();
        return sites.Select(s => s.District.Length > 0 ? s : s with { District = Find(index, s) ?? "" }).ToArray();
    }

    private static string? Find(STRtree<(District District, IPreparedGeometry Boundary)> index, Site site) =>
        index.Query(site.Location.EnvelopeInternal)
            .Where(c => c.Boundary.Covers(site.Location))
            .Select(c => c.District)
            .OrderBy(d => d.Id.Value, StringComparer.Ordinal)
            .FirstOrDefault()?.Name;
}
