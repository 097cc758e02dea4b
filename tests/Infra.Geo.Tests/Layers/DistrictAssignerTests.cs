using Infra.Core.Network;
using Infra.Core.Sites;
using Infra.Geo.Layers;
using NetTopologySuite.Geometries;

namespace Infra.Geo.Tests.Layers;

public sealed class DistrictAssignerTests
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), Srid.Etrs89Utm32);

    private static District Square(string id, string name, double x0, double y0, double size) => new()
    {
        Id = new FeatureId(id),
        Name = name,
        Boundary = Factory.CreatePolygon([new(x0, y0), new(x0 + size, y0), new(x0 + size, y0 + size), new(x0, y0 + size), new(x0, y0)]),
    };

    private static Site At(string id, double x, double y, string district = "") => new()
    {
        Id = new SiteId(id), Name = id, Kind = SiteKind.School, Location = Factory.CreatePoint(new Coordinate(x, y)), District = district,
    };

    [Fact]
    public void Assign_fills_empty_districts_by_point_in_polygon_and_keeps_given_ones()
    {
        District[] districts = [Square("B", "Nord", 0, 1000, 1000), Square("A", "Süd", 0, 0, 1000)];
        Site[] sites = [At("s1", 500, 1500), At("s2", 500, 500), At("s3", 5000, 5000), At("s4", 500, 500, "Eigener Bezirk"), At("s5", 500, 1000)];

        var result = DistrictAssigner.Assign(sites, districts);

        // s5 lies on the shared border: both cover it, the smaller id (A, Süd) wins.
        Assert.Equal(["Nord", "Süd", "", "Eigener Bezirk", "Süd"], result.Select(s => s.District));
        Assert.Equal(sites.Select(s => s.Id), result.Select(s => s.Id));
    }

    [Fact]
    public void Assign_without_districts_changes_nothing()
    {
        Site[] sites = [At("s1", 1, 1)];

        Assert.Same(sites, DistrictAssigner.Assign(sites, []));
    }

    [Fact]
    public void Named_districts_take_the_official_spelling_and_unknown_names_are_reported()
    {
        District[] districts = [Square("N", "Innenstadt-Nord", 0, 0, 1000), Square("H", "Hörde", 2000, 0, 1000)];
        Site[] sites = [At("s1", 10, 10, "Innenstadt Nord"), At("s2", 10, 10, "HOERDE"), At("s3", 10, 10, "Innenstadt-Nord"), At("s4", 10, 10, "Mitte")];

        var result = DistrictAssigner.Assign(sites, districts, out var unknown);

        Assert.Equal(["Innenstadt-Nord", "Hörde", "Innenstadt-Nord", "Mitte"], result.Select(s => s.District));
        Assert.Equal([(new SiteId("s4"), "Mitte")], unknown);
    }

    [Theory]
    [InlineData("Innenstadt Nord", "Innenstadt-Nord")]
    [InlineData("  innenstadt_nord ", "Innenstadt-Nord")]
    [InlineData("Hoerde", "Hörde")]
    [InlineData("hörde", "Hörde")]
    [InlineData("Lütgen-Dortmund", "Lütgendortmund")]
    [InlineData("Groß St. Martin", "Gross-St.-Martin")]
    public void District_names_match_regardless_of_case_separators_and_transliteration(string given, string official)
    {
        var index = DistrictNames.Index(["Innenstadt-Nord", "Hörde", "Lütgendortmund", "Gross-St.-Martin"]);

        Assert.Equal(official, DistrictNames.Official(given, index));
    }

    [Fact]
    public void Different_districts_do_not_match()
    {
        var index = DistrictNames.Index(["Innenstadt-Nord", "Innenstadt-Ost"]);

        Assert.Null(DistrictNames.Official("Innenstadt", index));
        Assert.Null(DistrictNames.Official("Innenstadt Nordost", index));
    }
}
