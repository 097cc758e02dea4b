using Infra.Core.Network;
using Infra.Core.Sites;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;

namespace Infra.Geo.Layers;

/// <summary>
/// The district layer is the source of district names. Sites without a district get the official name of the
/// district whose boundary covers their point (point-in-polygon; where boundaries overlap, the district with the
/// smallest id); sites outside every district keep an empty one. Sites that name their district get its official
/// spelling ("Innenstadt Nord" → "Innenstadt-Nord", <see cref="DistrictNames"/>); a name that matches no district of
/// the layer is kept and reported.
/// </summary>
public static class DistrictAssigner
{
    /// <summary>The sites in the same order, with empty districts filled where a boundary covers the point.</summary>
    public static IReadOnlyList<Site> Assign(IReadOnlyList<Site> sites, IReadOnlyList<District> districts) => Assign(sites, districts, out _);

    /// <summary>
    /// As <see cref="Assign(IReadOnlyList{Site}, IReadOnlyList{District})"/>; <paramref name="unknown"/> lists the
    /// sites whose district matches no district of the layer (site id, the name as given).
    /// </summary>
    public static IReadOnlyList<Site> Assign(IReadOnlyList<Site> sites, IReadOnlyList<District> districts, out IReadOnlyList<(SiteId Site, string District)> unknown)
    {
        ArgumentNullException.ThrowIfNull(sites);
        ArgumentNullException.ThrowIfNull(districts);
        unknown = [];
        if (districts.Count == 0)
        {
            return sites;
        }

        var official = DistrictNames.Index(districts.OrderBy(d => d.Id.Value, StringComparer.Ordinal).Select(d => d.Name));
        var unmatched = new List<(SiteId, string)>();
        sites = sites.Select(s =>
        {
            if (s.District.Length == 0)
            {
                return s;
            }

            if (DistrictNames.Official(s.District, official) is { } name)
            {
                return name == s.District ? s : s with { District = name };
            }

            unmatched.Add((s.Id, s.District));
            return s;
        }).ToArray();
        unknown = unmatched;
        if (sites.All(s => s.District.Length > 0))
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
