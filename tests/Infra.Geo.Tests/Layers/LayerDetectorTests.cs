using Infra.Core.Inputs;
using Infra.Core.Network;
using Infra.Geo.Layers;
using NetTopologySuite.Geometries;

namespace Infra.Geo.Tests.Layers;

public sealed class LayerDetectorTests
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), Srid.Etrs89Utm32);
    private static readonly Geometry Point = Factory.CreatePoint(new Coordinate(393000, 5708000));
    private static readonly Geometry Line = Factory.CreateLineString([new Coordinate(393000, 5708000), new Coordinate(393100, 5708000)]);
    private static readonly Geometry Area = Factory.CreatePolygon([new(0, 0), new(0, 10), new(10, 10), new(0, 0)]);

    public static TheoryData<string, string, string> Cases => new()
    {
        { "point", "name,kind,district,users", "sites" },
        { "point", "route_id,synthetic", "access-points" },
        { "point", "name,height_m,max_links", "hubs" },
        { "line", "owner,fibres,free_ducts", "routes" },
        { "line", "name,surface,class", "streets" },
        { "polygon", "height_m", "obstacles" },
        { "polygon", "name", "districts" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Detect_geometry_and_property_names_pick_the_layer(string geometry, string properties, string expected)
    {
        var g = geometry switch { "point" => Point, "line" => Line, _ => Area };

        var schema = LayerDetector.Detect("x.geojson", [g, g], properties.Split(',').ToHashSet());

        Assert.Equal(expected, schema.Name);
    }

    [Theory]
    [InlineData("point", "name", "could be sites or hubs")]
    [InlineData("line", "", "lines with no properties could be routes or streets")]
    [InlineData("polygon", "name,height_m", "could be obstacles or districts")]
    public void Detect_ties_and_no_match_ask_for_the_layer(string geometry, string properties, string fragment)
    {
        var g = geometry switch { "point" => Point, "line" => Line, _ => Area };
        var names = properties.Length == 0 ? new HashSet<string>() : properties.Split(',').ToHashSet();

        var ex = Assert.Throws<InputException>(() => LayerDetector.Detect("essen-lwl.geojson", [g], names));

        var error = Assert.Single(ex.Errors);
        Assert.Equal("essen-lwl.geojson", error.File);
        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
        Assert.Contains("essen-lwl.geojson:sites", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_mixed_geometry_is_an_error_with_the_counts()
    {
        var ex = Assert.Throws<InputException>(() => LayerDetector.Detect("mix.geojson", [Point, Point, Line], new HashSet<string> { "name" }));

        Assert.Contains("the features mix 2 points, 1 lines", Assert.Single(ex.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_ignores_the_file_name()
    {
        var schema = LayerDetector.Detect("strassen-synthetisch.geojson", [Line], new HashSet<string> { "owner", "fibre_count" });

        Assert.Equal("routes", schema.Name);
    }
}
