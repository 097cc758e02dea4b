using Bogus;
using Infra.Core.Network;
using Infra.Core.Sites;

namespace Infra.Synthetic;

/// <summary>
/// Places the synthetic sites: each kind's count is split over the districts by their weight (Kitas, offices, fire
/// stations and libraries at least one per district), and each site stands 8–35 m beside a random street of its
/// district, away from the junctions. Ids are numbered per kind in generation order (KITA-0001 …).
/// </summary>
internal sealed class SiteGenerator(CityFrame frame, StreetNetwork network, StreetSegmentWriter streets, Faker faker)
{
    /// <summary>Berufsfeuerwachen: the first fire station of the first this-many districts.</summary>
    private const int ProfessionalFireStations = 9;

    private readonly SiteNamer _namer = new(faker);

    public IReadOnlyList<Site> Generate(SynthesisOptions options)
    {
        var (local, arterial) = EdgesByDistrict();
        var sites = new List<Site>(options.SiteCounts.Total);
        foreach (var kind in SyntheticSiteCounts.Kinds)
        {
            var minimum = kind is SiteKind.Kita or SiteKind.Office or SiteKind.FireStation or SiteKind.Library ? 1 : 0;
            var perDistrict = DistrictWeights.Apportion(options.SiteCounts.For(kind), frame.Weights, minimum);
            var number = 0;
            for (var d = 0; d < perDistrict.Length; d++)
            {
                for (var k = 0; k < perDistrict[d]; k++)
                {
                    var major = k == 0 && (kind is SiteKind.Office or SiteKind.Library
                        || (kind == SiteKind.FireStation && d < ProfessionalFireStations));
                    var onMainRoad = (kind == SiteKind.FireStation || major) && arterial[d].Count > 0 && faker.Random.Bool(0.6f);
                    var edge = faker.Random.ListItem(onMainRoad ? arterial[d] : local[d]);
                    sites.Add(Site(kind, ++number, major, options.Districts[d].Name, edge, options.SourceLabel));
                }
            }
        }

        return sites;
    }

    private Site Site(SiteKind kind, int number, bool major, string district, StreetEdge edge, string source)
    {
        var (ax, ay, bx, by) = (network.X[edge.A], network.Y[edge.A], network.X[edge.B], network.Y[edge.B]);
        var length = Math.Sqrt(((bx - ax) * (bx - ax)) + ((by - ay) * (by - ay)));
        var t = faker.Random.Double(0.2, 0.8);
        var offset = faker.Random.Double(8, 35) * (faker.Random.Bool() ? 1 : -1);
        var x = ax + (t * (bx - ax)) - (offset * (by - ay) / length);
        var y = ay + (t * (by - ay)) + (offset * (bx - ax) / length);
        var details = SiteProfiles.Draw(kind, major, faker.Random);
        return new Site
        {
            Id = new SiteId($"{Prefix(kind)}-{number:D4}"),
            Name = _namer.Name(kind, major, district, streets.NameOf(edge)),
            Kind = kind,
            Location = Precision.Point(x, y),
            District = district,
            Users = details.Users,
            CurrentUplink = details.Uplink,
            CurrentUplinkMbps = details.UplinkMbps,
            Wlan = details.Wlan,
            FloorAreaM2 = details.FloorAreaM2,
            Rooms = details.Rooms,
            PublicWlan = details.PublicWlan,
            Priority = details.Priority,
            Synthetic = true,
            Source = source,
        };
    }

    /// <summary>Id prefix per kind: KITA, VW (Verwaltung), FW, BIB, JUG, SPO, SON.</summary>
    public static string Prefix(SiteKind kind) => kind switch
    {
        SiteKind.Kita => "KITA",
        SiteKind.Office => "VW",
        SiteKind.FireStation => "FW",
        SiteKind.Library => "BIB",
        SiteKind.YouthCentre => "JUG",
        SiteKind.SportsFacility => "SPO",
        SiteKind.School => "SCH",
        _ => "SON",
    };

    /// <summary>Street edges per district (by midpoint), lattice edges only; a district without any borrows the edges nearest its centre.</summary>
    private (List<StreetEdge>[] Local, List<StreetEdge>[] Arterial) EdgesByDistrict()
    {
        var local = Enumerable.Range(0, frame.DistrictCount).Select(_ => new List<StreetEdge>()).ToArray();
        var arterial = Enumerable.Range(0, frame.DistrictCount).Select(_ => new List<StreetEdge>()).ToArray();
        var latticeEdges = network.Edges.Where(e => !e.Removed && e.B < network.Lattice.Count).ToList();
        foreach (var edge in latticeEdges)
        {
            var d = frame.DistrictOf((network.X[edge.A] + network.X[edge.B]) / 2, (network.Y[edge.A] + network.Y[edge.B]) / 2);
            (edge.Class == StreetClass.Arterial ? arterial[d] : local[d]).Add(edge);
        }

        for (var d = 0; d < local.Length; d++)
        {
            if (local[d].Count == 0)
            {
                local[d] = arterial[d].Count > 0 ? arterial[d] : [.. latticeEdges.Take(1)];
            }
        }

        return (local, arterial);
    }
}
