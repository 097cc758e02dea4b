using System.Text;
using Infra.Core.Inputs;
using Infra.Core.Network;
using Infra.Geo.Crs;
using Infra.Geo.GeoJson;
using NetTopologySuite.Geometries;
using static Infra.Geo.Tests.GeoJson.GeoJsonText;

namespace Infra.Geo.Tests.GeoJson;

public sealed class GeoJsonReaderTests : IDisposable
{
    private const string Utm = "urn:ogc:def:crs:EPSG::25832";
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private GeoJsonDocument ReadText(string text, GeoJsonReadOptions? options = null) =>
        GeoJsonReader.Read(_temp.WriteText("in.geojson", text), options);

    private InputError SingleError(string text, GeoJsonReadOptions? options = null)
    {
        var ex = Assert.Throws<InputException>(() => ReadText(text, options));
        return Assert.Single(ex.Errors);
    }

    [Fact]
    public void Read_wgs84_point_is_transformed_to_utm32_and_rounded_to_cm()
    {
        var doc = ReadText(One("Point", "[7.459293, 51.517898]"));

        var feature = Assert.Single(doc.Features);
        var (x, y) = CrsTransform.ToUtm32(7.459293, 51.517898);
        Assert.Equal(Srid.Wgs84, doc.SourceSrid);
        Assert.Equal(Srid.Etrs89Utm32, feature.Geometry.SRID);
        Assert.Equal(Math.Round(x, 2), feature.Geometry.Coordinate.X);
        Assert.Equal(Math.Round(y, 2), feature.Geometry.Coordinate.Y);
        Assert.Equal("f1", feature.Id);
        Assert.Equal(0, feature.Index);
    }

    [Theory]
    [InlineData("urn:ogc:def:crs:EPSG::25832")]
    [InlineData("EPSG:25832")]
    [InlineData("http://www.opengis.net/def/crs/EPSG/0/25832")]
    public void Read_crs_member_declares_utm32(string name)
    {
        var doc = ReadText(One("Point", "[393567.12, 5708868.5]", name));

        Assert.Equal(Srid.Etrs89Utm32, doc.SourceSrid);
        Assert.Equal(new Coordinate(393567.12, 5708868.5), doc.Features[0].Geometry.Coordinate);
    }

    [Theory]
    [InlineData("EPSG:4326")]
    [InlineData("urn:ogc:def:crs:OGC:1.3:CRS84")]
    [InlineData("urn:ogc:def:crs:EPSG::4326")]
    public void Read_crs_member_declares_wgs84(string name)
    {
        Assert.Equal(Srid.Wgs84, ReadText(One("Point", "[7.46, 51.51]", name)).SourceSrid);
    }

    [Fact]
    public void Read_declared_srid_overrides_crs_member()
    {
        var doc = ReadText(One("Point", "[393567.12, 5708868.5]", "EPSG:4326"), new GeoJsonReadOptions { DeclaredSrid = 25832 });

        Assert.Equal(Srid.Etrs89Utm32, doc.SourceSrid);
        Assert.Equal(393567.12, doc.Features[0].Geometry.Coordinate.X);
    }

    [Fact]
    public void Read_unsupported_crs_is_named()
    {
        var error = SingleError(One("Point", "[7.46, 51.51]", "EPSG:31466"));

        Assert.Equal("crs", error.Property);
        Assert.Contains("unsupported CRS 'EPSG:31466'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_unsupported_declared_srid_is_named()
    {
        var error = SingleError(One("Point", "[7.46, 51.51]"), new GeoJsonReadOptions { DeclaredSrid = 3857 });

        Assert.Contains("EPSG:3857 is not supported", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_third_coordinate_is_ignored_and_id_falls_back_to_property()
    {
        var text = Collection("""{"type":"Feature","geometry":{"type":"Point","coordinates":[7.46,51.51,87.5]},"properties":{"id":42,"name":"x"}}""");

        var feature = Assert.Single(ReadText(text).Features);

        Assert.Equal("42", feature.Id);
        Assert.True(double.IsNaN(feature.Geometry.Coordinate.Z));
        Assert.Equal("x", feature.Properties["name"].GetString());
    }

    [Fact]
    public void Read_every_geometry_type()
    {
        var features = string.Join(",",
            Feature("p", "Point", "[7.46,51.51]"),
            Feature("l", "LineString", "[[7.46,51.51],[7.47,51.52]]"),
            Feature("a", "Polygon", "[[[7.46,51.51],[7.47,51.51],[7.47,51.52],[7.46,51.51]]]"),
            Feature("mp", "MultiPoint", "[[7.46,51.51],[7.47,51.52]]"),
            Feature("ml", "MultiLineString", "[[[7.46,51.51],[7.47,51.52]],[[7.48,51.51],[7.49,51.52]]]"),
            Feature("ma", "MultiPolygon", "[[[[7.46,51.51],[7.47,51.51],[7.47,51.52],[7.46,51.51]]],[[[7.48,51.51],[7.49,51.51],[7.49,51.52],[7.48,51.51]]]]"));

        var types = ReadText(Collection(features)).Features.Select(f => f.Geometry.GeometryType).ToArray();

        Assert.Equal(["Point", "LineString", "Polygon", "MultiPoint", "MultiLineString", "MultiPolygon"], types);
    }

    [Fact]
    public void Read_invalid_json_names_line_and_byte()
    {
        var error = SingleError("{\"type\":\"FeatureCollection\",\n\"features\":[}\n");

        Assert.StartsWith("invalid JSON at line 2, byte ", error.Message, StringComparison.Ordinal);
        Assert.Null(error.FeatureIndex);
    }

    [Fact]
    public void Read_latin1_bytes_are_not_utf8()
    {
        var bytes = Encoding.Latin1.GetBytes(Collection(Feature("f", "Point", "[7.46,51.51]", """{"name":"Hörde"}""")));
        var ex = Assert.Throws<InputException>(() => GeoJsonReader.Read(_temp.WriteBytes("latin1.geojson", bytes)));

        var error = Assert.Single(ex.Errors);
        Assert.Contains("not valid UTF-8: byte 0xF6 at line 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_utf16_with_bom_is_rejected()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(One("Point", "[7.46,51.51]"))).ToArray();
        var ex = Assert.Throws<InputException>(() => GeoJsonReader.Read(_temp.WriteBytes("u16.geojson", bytes)));

        Assert.Contains("UTF-16", Assert.Single(ex.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_utf8_bom_is_accepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(One("Point", "[7.46,51.51]"))).ToArray();

        Assert.Single(GeoJsonReader.Read(_temp.WriteBytes("bom.geojson", bytes)).Features);
    }

    [Theory]
    [InlineData("""[1,2]""", "the top level is array")]
    [InlineData("""{"type":"Feature","geometry":null,"properties":{}}""", "the top-level type is 'Feature'")]
    [InlineData("""{"type":"FeatureCollection"}""", "no 'features' array")]
    public void Read_not_a_feature_collection(string text, string expected)
    {
        var error = SingleError(text);

        Assert.Contains("not a GeoJSON FeatureCollection", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_file_larger_than_max_bytes_is_rejected_before_reading()
    {
        var text = One("Point", "[7.46,51.51]");
        var error = SingleError(text, new GeoJsonReadOptions { MaxBytes = 20 });

        Assert.Contains($"the file is {Encoding.UTF8.GetByteCount(text)} bytes, larger than the limit of 20 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_stream_larger_than_max_bytes_is_rejected()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(One("Point", "[7.46,51.51]")));
        var ex = Assert.Throws<InputException>(() => GeoJsonReader.Read(stream, "upload.geojson", new GeoJsonReadOptions { MaxBytes = 20 }));

        Assert.Equal("upload.geojson", Assert.Single(ex.Errors).File);
    }

    [Fact]
    public void Read_missing_file_is_an_input_error()
    {
        var ex = Assert.Throws<InputException>(() => GeoJsonReader.Read(_temp.File("nope.geojson")));

        Assert.Contains("file not found", ex.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string, string> BadGeometries => new()
    {
        // text, property, message fragment, case
        { Collection("""{"type":"Feature","id":"f1","geometry":{"type":"Point"},"properties":{}}"""), "geometry.coordinates", "has no 'coordinates'", "missing coordinates" },
        { One("LineString", "[]"), "geometry.coordinates", "the LineString is empty", "empty coordinates" },
        { Collection("""{"type":"Feature","id":"f1","geometry":null,"properties":{}}"""), "geometry", "geometry is null", "null geometry" },
        { One("Point", """["NaN", 51.5]"""), "geometry.coordinates", "coordinate 0 is a string \"NaN\", not a number", "NaN" },
        { One("Point", "[7.46, 1e999]"), "geometry.coordinates", "is not a finite number", "infinite" },
        { One("Point", "[7.46]"), "geometry.coordinates", "a position needs 2 numbers", "one value" },
        { One("Point", "[200, 51.5]"), "geometry.coordinates", "longitude 200 is out of range -180..180", "lon range" },
        { One("Point", "[7.46, 95]"), "geometry.coordinates", "latitude 95 is out of range -90..90", "lat range" },
        { One("Point", "[51.51, 7.46]"), "geometry.coordinates", "longitude and latitude look swapped", "swapped" },
        { One("Point", "[393567.12, 5708868.5]"), "geometry.coordinates", "coordinates look like metres (EPSG:25832?) (393567.12, 5708868.5) but the file declares degrees (WGS84); add a crs member or pass --crs 25832", "metres as degrees" },
        { One("Point", "[7.46, 51.51]", Utm), "geometry.coordinates", "look like degrees (WGS84) but the file declares EPSG:25832", "degrees as metres" },
        { One("Point", "[393567, 9708868]", Utm), "geometry.coordinates", "outside the plausible EPSG:25832 range", "utm range" },
        { One("Point", "[5708868, 393567]", Utm), "geometry.coordinates", "easting and northing look swapped", "utm swapped" },
        { One("Point", "[-74.0, 40.7]"), "geometry.coordinates", "lies far outside UTM zone 32", "New York" },
        { One("LineString", "[[7.46,51.51]]"), "geometry.coordinates", "too few points: a LineString needs at least 2 positions, found 1", "short line" },
        { One("LineString", "[[7.46,51.51],[7.46,51.51]]"), "geometry.coordinates", "zero-length line", "zero length" },
        { One("LineString", "[[7.46,51.51],[7.48,51.53],[7.48,51.51],[7.46,51.53]]"), "geometry.coordinates", "self-intersecting line", "self-intersection" },
        { One("Polygon", "[[[7.46,51.51],[7.48,51.53],[7.48,51.51],[7.46,51.53],[7.46,51.51]]]"), "geometry.coordinates", "invalid polygon: Self-intersection", "bow tie" },
        { One("Polygon", "[[[7.46,51.51],[7.47,51.51],[7.46,51.51]]]"), "geometry.coordinates", "ring 0: too few points", "short ring" },
        { One("Polygon", "[[[7.46,51.51],[7.47,51.51],[7.47,51.52],[7.46,51.52]]]"), "geometry.coordinates", "ring 0 is not closed", "open ring" },
        { One("GeometryCollection", "[]"), "geometry.type", "GeometryCollection is not supported", "collection" },
        { One("Circle", "[7.46,51.51]"), "geometry.type", "unknown geometry type 'Circle'", "unknown type" },
        { One("MultiLineString", "[[[7.46,51.51],[7.47,51.52]],[[7.48,51.51]]]"), "geometry.coordinates", "part 1 too few points", "multi part" },
    };

    [Theory]
    [MemberData(nameof(BadGeometries))]
    public void Read_bad_geometry_names_feature_property_and_problem(string text, string property, string fragment, string name)
    {
        var error = SingleError(text);

        Assert.True(error.Message.Contains(fragment, StringComparison.Ordinal), $"{name}: {error.Message}");
        Assert.Equal(property, error.Property);
        Assert.Equal(0, error.FeatureIndex);
        Assert.Equal("f1", error.FeatureId);
        Assert.EndsWith("in.geojson", error.File, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_collects_errors_of_all_features()
    {
        var text = Collection(string.Join(",",
            Feature("ok", "Point", "[7.46,51.51]"),
            Feature("bad1", "Point", "[51.51,7.46]"),
            Feature("bad2", "LineString", "[[7.46,51.51]]")));

        var ex = Assert.Throws<InputException>(() => ReadText(text));

        Assert.Equal([(1, "bad1"), (2, "bad2")], ex.Errors.Select(e => (e.FeatureIndex ?? -1, e.FeatureId ?? "")).ToArray());
        Assert.Contains("feature 1, id 'bad1', property 'geometry.coordinates'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_caps_the_error_list_at_100_and_counts_the_rest()
    {
        var text = Collection(string.Join(",", Enumerable.Range(0, 150).Select(i => Feature($"m{i}", "Point", "[393567.12, 5708868.5]"))));

        var ex = Assert.Throws<InputException>(() => ReadText(text));

        Assert.Equal(101, ex.Errors.Count);
        Assert.Contains("50 more problems not listed (150 in all", ex.Errors[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_feature_with_wrong_type_is_an_error()
    {
        var error = SingleError(Collection("""{"type":"Feat","id":"x","geometry":{"type":"Point","coordinates":[7.46,51.51]}}"""));

        Assert.Equal("type", error.Property);
        Assert.Equal("x", error.FeatureId);
    }
}
