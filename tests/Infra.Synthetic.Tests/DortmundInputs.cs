using Bogus;
using Infra.Core.Network;
using Infra.Core.Sites;
using Infra.Synthetic;
using NetTopologySuite.Geometries;

namespace Infra.Synthetic.Tests;

/// <summary>
/// The 12 Stadtbezirke of Dortmund with their school counts, centres converted once from
/// /work/shared/data/dortmund-stadtbezirke.csv to EPSG:25832 (rounded to the metre), and stand-in schools scattered
/// around each centre (seeded), so that the tests do not depend on the CSV and CRS code.
/// </summary>
internal static class DortmundInputs
{
    public static readonly (DistrictCentre Centre, int Schools)[] Districts =
    [
        (new("Aplerbeck", 399545, 5705650), 15),
        (new("Brackel", 401088, 5709358), 12),
        (new("Eving", 394331, 5712785), 9),
        (new("Hombruch", 392052, 5703511), 15),
        (new("Huckarde", 388094, 5709732), 11),
        (new("Hörde", 395786, 5703443), 17),
        (new("Innenstadt-Nord", 393477, 5709386), 14),
        (new("Innenstadt-Ost", 395165, 5707194), 14),
        (new("Innenstadt-West", 392219, 5707679), 25),
        (new("Lütgendortmund", 385693, 5706652), 12),
        (new("Mengede", 387575, 5713488), 11),
        (new("Scharnhorst", 399260, 5712642), 14),
    ];

    private static readonly GeometryFactory Factory = new(new PrecisionModel(), Srid.Etrs89Utm32);

    public static IReadOnlyList<DistrictCentre> Centres => Districts.Select(d => d.Centre).ToArray();

    /// <summary>169 schools, each within about 1.8 km of its district centre.</summary>
    public static IReadOnlyList<Site> Schools(int seed = 7)
    {
        var random = new Randomizer(seed);
        var schools = new List<Site>();
        foreach (var (centre, count) in Districts)
        {
            for (var k = 0; k < count; k++)
            {
                var angle = random.Double(0, 2 * Math.PI);
                var radius = 1_800 * Math.Sqrt(random.Double());
                schools.Add(new Site
                {
                    Id = new SiteId($"SCH-{100_000 + schools.Count}"),
                    Name = $"Schule {schools.Count}",
                    Kind = SiteKind.School,
                    Location = Factory.CreatePoint(new Coordinate(
                        Math.Round(centre.X + (radius * Math.Cos(angle)), 2), Math.Round(centre.Y + (radius * Math.Sin(angle)), 2))),
                    District = centre.Name,
                    Users = random.Int(150, 1_200),
                });
            }
        }

        return schools;
    }

    public static SynthesisOptions Options(int seed = 2028) => new()
    {
        Seed = seed,
        Districts = Centres,
        Schools = Schools(),
    };
}
