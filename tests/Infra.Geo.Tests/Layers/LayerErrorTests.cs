using Infra.Core.Inputs;
using Infra.Geo.Layers;
using Infra.Geo.Tests.GeoJson;
using static Infra.Geo.Tests.GeoJson.GeoJsonText;

namespace Infra.Geo.Tests.Layers;

public sealed class LayerErrorTests : IDisposable
{
    private const string SiteProps = """{"name":"Petrischule","kind":"Schule","district":"Innenstadt West"}""";
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string File(params string[] features) => _temp.WriteText("layer.geojson", Collection(string.Join(",", features)));

    private static InputError Single(Action read)
    {
        var ex = Assert.Throws<InputException>(read);
        return Assert.Single(ex.Errors);
    }

    private static string SiteWith(string extra) => SiteProps[..^1] + "," + extra + "}";

    [Fact]
    public void ReadSites_minimal_feature_gets_documented_defaults()
    {
        var site = Assert.Single(LayerFiles.ReadSites(File(Feature("S-1", "Point", "[7.45,51.51]", SiteProps))));

        Assert.Equal(("S-1", "Petrischule", Core.Sites.SiteKind.School, "Innenstadt West"), (site.Id.Value, site.Name, site.Kind, site.District));
        Assert.Equal((0, (int?)null, 3, true, false, ""), (site.Users, site.DemandMbps, site.Priority, site.InScope, site.Synthetic, site.Source));
        Assert.Equal(Core.Sites.WlanState.None, site.Wlan);
    }

    public static TheoryData<string, string, string> BadSiteProperties => new()
    {
        { """{"name":"x","district":"d"}""", "properties.kind", "required property is missing" },
        { """{"kind":"Schule","district":"d"}""", "properties.name", "required property is missing" },
        { """{"name":" ","kind":"Schule","district":"d"}""", "properties.name", "required property is empty" },
        { SiteWith("\"kind\":\"Schwimmbad\"").Replace("\"kind\":\"Schule\",", "", StringComparison.Ordinal), "properties.kind",
            "unknown kind 'Schwimmbad'; valid codes: Schule, Kita, Verwaltung, Feuerwehr, Bibliothek, Jugendeinrichtung, Sportstätte, Sonstige" },
        { SiteWith("\"demand_mbps\":-5"), "properties.demand_mbps", "value -5 is out of range: must be at least 0" },
        { SiteWith("\"users\":\"viele\""), "properties.users", "expected an integer, found string \"viele\"" },
        { SiteWith("\"users\":12.5"), "properties.users", "expected an integer, found number 12.5" },
        { SiteWith("\"priority\":6"), "properties.priority", "value 6 is out of range: must be 1..5" },
        { SiteWith("\"wlan\":\"komplett\""), "properties.wlan", "unknown value 'komplett'; valid values: none, partial, full" },
        { SiteWith("\"current_uplink\":\"cable\""), "properties.current_uplink", "valid values: none, dsl, leased, radio, fibre" },
        { SiteWith("\"pinned_technology\":\"satellite\""), "properties.pinned_technology", "valid values: fibre, radio, leased" },
        { SiteWith("\"excluded_technologies\":[\"radio\",\"laser\"]"), "properties.excluded_technologies", "unknown value 'laser'" },
        { SiteWith("\"excluded_technologies\":\"radio\""), "properties.excluded_technologies", "expected an array of strings" },
        { SiteWith("\"pinned_technology\":\"radio\",\"excluded_technologies\":[\"radio\"]"), "properties.excluded_technologies", "pinned_technology 'radio' is also excluded" },
        { SiteWith("\"in_scope\":\"ja\""), "properties.in_scope", "expected true or false, found string \"ja\"" },
        { SiteWith("\"floor_area_m2\":-1"), "properties.floor_area_m2", "value -1 is out of range: must be at least 0" },
    };

    [Theory]
    [MemberData(nameof(BadSiteProperties))]
    public void ReadSites_bad_property_names_feature_id_property_and_problem(string properties, string property, string fragment)
    {
        var error = Single(() => LayerFiles.ReadSites(File(Feature("S-1", "Point", "[7.45,51.51]", SiteProps), Feature("S-2", "Point", "[7.46,51.52]", properties))));

        Assert.Equal((1, "S-2", property), (error.FeatureIndex, error.FeatureId, error.Property));
        Assert.True(error.Message.Contains(fragment, StringComparison.Ordinal), error.Message);
    }

    [Fact]
    public void ReadSites_kind_accepts_case_and_ae_spelling()
    {
        var site = Assert.Single(LayerFiles.ReadSites(File(Feature("S-1", "Point", "[7.45,51.51]",
            """{"name":"Halle","kind":"sportstaette","district":"Brackel"}"""))));

        Assert.Equal(Core.Sites.SiteKind.SportsFacility, site.Kind);
    }

    [Fact]
    public void ReadSites_duplicate_id_names_both_features()
    {
        var error = Single(() => LayerFiles.ReadSites(File(
            Feature("S-1", "Point", "[7.45,51.51]", SiteProps),
            Feature("S-2", "Point", "[7.45,51.52]", SiteProps),
            Feature("S-1", "Point", "[7.45,51.53]", SiteProps))));

        Assert.Equal((2, "id"), (error.FeatureIndex, error.Property));
        Assert.Equal("duplicate id 'S-1': used by features 0 and 2", error.Message);
    }

    [Fact]
    public void ReadSites_missing_id_is_an_error()
    {
        var error = Single(() => LayerFiles.ReadSites(File(
            """{"type":"Feature","geometry":{"type":"Point","coordinates":[7.45,51.51]},"properties":""" + SiteProps + "}")));

        Assert.Equal((0, "id"), (error.FeatureIndex, error.Property));
        Assert.Contains("required id is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadSites_wrong_geometry_type_names_expected_and_found()
    {
        var error = Single(() => LayerFiles.ReadSites(File(Feature("S-1", "LineString", "[[7.45,51.51],[7.46,51.52]]", SiteProps))));

        Assert.Equal(("S-1", "geometry"), (error.FeatureId, error.Property));
        Assert.Equal("wrong geometry type for this layer: expected a Point, found a LineString", error.Message);
    }

    [Fact]
    public void ReadSites_multipoint_of_one_point_is_a_point_but_of_two_is_an_error()
    {
        var site = Assert.Single(LayerFiles.ReadSites(File(Feature("S-1", "MultiPoint", "[[7.45,51.51]]", SiteProps))));
        Assert.Equal("Point", site.Location.GeometryType);

        var error = Single(() => LayerFiles.ReadSites(File(Feature("S-1", "MultiPoint", "[[7.45,51.51],[7.46,51.52]]", SiteProps))));
        Assert.Contains("expected a Point, found a MultiPoint of 2 parts", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_collects_geometry_and_property_errors_together()
    {
        var ex = Assert.Throws<InputException>(() => LayerFiles.ReadSites(File(
            Feature("S-1", "Point", "[51.51,7.45]", SiteProps),
            Feature("S-2", "Point", "[7.45,51.51]", SiteWith("\"priority\":0")))));

        Assert.Equal(["geometry.coordinates", "properties.priority"], ex.Errors.Select(e => e.Property ?? "").ToArray());
    }

    [Fact]
    public void ReadRoutes_connected_multilinestring_is_merged()
    {
        var route = Assert.Single(LayerFiles.ReadRoutes(File(Feature("R-1", "MultiLineString",
            "[[[7.45,51.51],[7.46,51.51]],[[7.46,51.51],[7.47,51.52]]]", """{"owner":"DOKOM21","fibre_count":96,"free_ducts":2}"""))));

        Assert.Equal(3, route.Geometry.NumPoints);
        Assert.Equal(("DOKOM21", 96, 2), (route.Owner, route.FibreCount, route.FreeDucts));
    }

    [Fact]
    public void ReadRoutes_disconnected_multilinestring_is_an_error()
    {
        var error = Single(() => LayerFiles.ReadRoutes(File(Feature("R-1", "MultiLineString",
            "[[[7.45,51.51],[7.46,51.51]],[[7.47,51.51],[7.48,51.52]]]"))));

        Assert.Equal(("R-1", "geometry"), (error.FeatureId, error.Property));
        Assert.Contains("MultiLineString of 2 parts that do not form one connected", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadRoutes_negative_fibre_count_is_an_error()
    {
        var error = Single(() => LayerFiles.ReadRoutes(File(Feature("R-1", "LineString", "[[7.45,51.51],[7.46,51.51]]", """{"fibre_count":-1}"""))));

        Assert.Equal("properties.fibre_count", error.Property);
    }

    [Fact]
    public void ReadAccessPoints_requires_route_id()
    {
        var error = Single(() => LayerFiles.ReadAccessPoints(File(Feature("AP-1", "Point", "[7.45,51.51]"))));

        Assert.Equal(("AP-1", "properties.route_id", "required property is missing"), (error.FeatureId, error.Property, error.Message));
    }

    [Fact]
    public void ReadStreets_reads_snake_case_enums_and_rejects_unknown_surface()
    {
        var street = Assert.Single(LayerFiles.ReadStreets(File(Feature("ST-1", "LineString", "[[7.45,51.51],[7.46,51.51]]",
            """{"name":"Hansastraße","class":"arterial","surface":"micro_trench","free_duct":true}"""))));
        Assert.Equal((Core.Network.StreetClass.Arterial, Core.Network.SurfaceClass.MicroTrench, true), (street.Class, street.Surface, street.FreeDuct));

        var error = Single(() => LayerFiles.ReadStreets(File(Feature("ST-1", "LineString", "[[7.45,51.51],[7.46,51.51]]", """{"surface":"gravel"}"""))));
        Assert.Equal("properties.surface", error.Property);
        Assert.Contains("valid values: paved, micro_trench, unpaved", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadStreets_polygon_is_the_wrong_geometry_type()
    {
        var error = Single(() => LayerFiles.ReadStreets(File(Feature("ST-1", "Polygon", "[[[7.45,51.51],[7.46,51.51],[7.46,51.52],[7.45,51.51]]]"))));

        Assert.Equal("wrong geometry type for this layer: expected a LineString, found a Polygon", error.Message);
    }

    [Fact]
    public void ReadHubs_max_links_must_be_at_least_one_and_height_positive()
    {
        var ex = Assert.Throws<InputException>(() => LayerFiles.ReadHubs(File(Feature("H-1", "Point", "[7.45,51.51]", """{"max_links":0,"height_m":0}"""))));

        Assert.Equal(["properties.height_m", "properties.max_links"], ex.Errors.Select(e => e.Property ?? "").ToArray());
        Assert.Contains("must be greater than 0", ex.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("must be at least 1", ex.Errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadObstacles_requires_positive_height_and_a_polygon()
    {
        const string Square = "[[[7.45,51.51],[7.451,51.51],[7.451,51.511],[7.45,51.511],[7.45,51.51]]]";
        var missing = Single(() => LayerFiles.ReadObstacles(File(Feature("O-1", "Polygon", Square))));
        Assert.Equal(("properties.height_m", "required property is missing"), (missing.Property, missing.Message));

        var negative = Single(() => LayerFiles.ReadObstacles(File(Feature("O-1", "Polygon", Square, """{"height_m":-3}"""))));
        Assert.Equal("properties.height_m", negative.Property);

        var point = Single(() => LayerFiles.ReadObstacles(File(Feature("O-1", "Point", "[7.45,51.51]", """{"height_m":12}"""))));
        Assert.Contains("expected a Polygon, found a Point", point.Message, StringComparison.Ordinal);

        var obstacle = Assert.Single(LayerFiles.ReadObstacles(File(Feature("O-1", "MultiPolygon", "[" + Square + "]", """{"height_m":12.5}"""))));
        Assert.Equal(12.5, obstacle.HeightM);
    }
}
