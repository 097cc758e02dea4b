using System.Text;
using Infra.Core.Network;
using Infra.Geo.GeoJson;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Infra.Geo.Tests.GeoJson;

public sealed class GeoJsonWriterTests : IDisposable
{
    private static readonly WKTReader Wkt = new(new NetTopologySuite.NtsGeometryServices(new PrecisionModel(), Srid.Etrs89Utm32));
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string, int> Geometries()
    {
        string[] wkts =
        [
            "POINT (393567.12 5708868.5)",
            "LINESTRING (393000 5708000, 393150.25 5708020.75, 393300 5708300)",
            "POLYGON ((393000 5708000, 393400 5708000, 393400 5708400, 393000 5708400, 393000 5708000), (393100 5708100, 393100 5708200, 393200 5708200, 393200 5708100, 393100 5708100))",
            "MULTIPOINT ((393000 5708000), (394000 5709000))",
            "MULTILINESTRING ((393000 5708000, 393100 5708100), (394000 5709000, 394100 5709050))",
            "MULTIPOLYGON (((393000 5708000, 393100 5708000, 393100 5708100, 393000 5708000)), ((394000 5709000, 394100 5709000, 394100 5709100, 394000 5709000)))",
        ];
        var data = new TheoryData<string, int>();
        foreach (var wkt in wkts)
        {
            data.Add(wkt, Srid.Wgs84);
            data.Add(wkt, Srid.Etrs89Utm32);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Geometries))]
    public void Write_then_read_returns_the_geometry(string wkt, int srid)
    {
        var geometry = Wkt.Read(wkt);
        var path = _temp.File("out.geojson");

        GeoJsonWriter.Write(path, [new GeoJsonFeatureOut("g", geometry, [])], srid);
        var read = Assert.Single(GeoJsonReader.Read(path).Features).Geometry;

        Assert.Equal(geometry.GeometryType, read.GeometryType);
        var expected = geometry.Normalized().Coordinates;
        var actual = read.Normalized().Coordinates;
        Assert.Equal(expected.Length, actual.Length);
        var tolerance = srid == Srid.Wgs84 ? 0.02 : 0.0;
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(expected[i].Distance(actual[i]) <= tolerance, $"{i}: {expected[i]} vs {actual[i]}");
        }
    }

    [Fact]
    public void Write_properties_in_order_with_all_value_types()
    {
        using var stream = new MemoryStream();
        KeyValuePair<string, object?>[] properties =
        [
            new("s", "Hörde \"Süd\""),
            new("b", true),
            new("i", 42),
            new("l", 5_000_000_000L),
            new("d", 12.5),
            new("n", null),
            new("a", new[] { "fibre", "radio" }),
        ];

        GeoJsonWriter.Write(stream, [new GeoJsonFeatureOut("X-1", Wkt.Read("POINT (393567.123 5708868.5)"), properties)], Srid.Etrs89Utm32);
        var text = Encoding.UTF8.GetString(stream.ToArray());

        Assert.Equal(
            "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::25832\"}},\"features\":[\n" +
            "{\"type\":\"Feature\",\"id\":\"X-1\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[393567.12,5708868.5]}," +
            "\"properties\":{\"s\":\"Hörde \\\"Süd\\\"\",\"b\":true,\"i\":42,\"l\":5000000000,\"d\":12.5,\"n\":null,\"a\":[\"fibre\",\"radio\"]}}\n]}\n",
            text);
    }

    [Fact]
    public void Write_wgs84_rounds_to_8_decimals_without_crs_member_and_bom()
    {
        using var stream = new MemoryStream();

        GeoJsonWriter.Write(stream, [new GeoJsonFeatureOut("p", Wkt.Read("POINT (393567.123 5708868.456)"), [])]);
        var bytes = stream.ToArray();
        var text = Encoding.UTF8.GetString(bytes);

        Assert.NotEqual(0xEF, bytes[0]);
        Assert.DoesNotContain("crs", text, StringComparison.Ordinal);
        var coordinates = text[(text.IndexOf("\"coordinates\":[", StringComparison.Ordinal) + 15)..];
        coordinates = coordinates[..coordinates.IndexOf(']', StringComparison.Ordinal)];
        Assert.All(coordinates.Split(','), c => Assert.InRange(c.Length - c.IndexOf('.', StringComparison.Ordinal) - 1, 1, TargetGeometry.DegreeDecimals));
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Srid.Wgs84)]
    [InlineData(Srid.Etrs89Utm32)]
    public void Write_then_read_gives_every_cm_coordinate_back_exactly(int srid)
    {
        // Seeded points on the 1 cm grid the reader produces, across North Rhine-Westphalia and beyond.
        var random = new Random(2028);
        var features = Enumerable.Range(0, 5000).Select(i => new GeoJsonFeatureOut($"p{i}",
            Wkt.Read(FormattableString.Invariant($"POINT ({Math.Round(280_000 + (random.NextDouble() * 260_000), 2)} {Math.Round(5_560_000 + (random.NextDouble() * 240_000), 2)})")),
            [])).ToArray();
        var path = _temp.File("grid.geojson");

        GeoJsonWriter.Write(path, features, srid);
        var read = GeoJsonReader.Read(path).Features;

        var moved = features.Zip(read).Where(p => !p.First.Geometry.Coordinate.Equals2D(p.Second.Geometry.Coordinate)).ToArray();
        Assert.True(moved.Length == 0, $"{moved.Length} points moved, e.g. {moved.FirstOrDefault().First?.Geometry} -> {moved.FirstOrDefault().Second?.Geometry}");
    }

    [Fact]
    public void Write_keeps_an_id_property_beside_the_id_member()
    {
        using var stream = new MemoryStream();

        GeoJsonWriter.Write(stream, [new GeoJsonFeatureOut("T-1", Wkt.Read("POINT (393000 5708000)"), [new("id", "T-1"), new("kind", "trench")])], Srid.Etrs89Utm32);

        Assert.Contains("\"id\":\"T-1\",\"geometry\"", Encoding.UTF8.GetString(stream.ToArray()), StringComparison.Ordinal);
        Assert.Contains("\"properties\":{\"id\":\"T-1\",\"kind\":\"trench\"}", Encoding.UTF8.GetString(stream.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_is_deterministic_and_one_feature_per_line()
    {
        var features = Enumerable.Range(0, 5)
            .Select(i => new GeoJsonFeatureOut($"p{i}", Wkt.Read($"POINT ({393000 + i} 5708000)"), [new("k", i)]))
            .ToArray();
        using var a = new MemoryStream();
        using var b = new MemoryStream();

        GeoJsonWriter.Write(a, features);
        GeoJsonWriter.Write(b, features);

        Assert.Equal(a.ToArray(), b.ToArray());
        Assert.Equal(5 + 2, Encoding.UTF8.GetString(a.ToArray()).TrimEnd('\n').Split('\n').Length);
    }

    [Fact]
    public void Write_polygon_rings_follow_the_right_hand_rule()
    {
        using var stream = new MemoryStream();
        var clockwise = Wkt.Read("POLYGON ((393000 5708000, 393000 5708400, 393400 5708400, 393400 5708000, 393000 5708000))");

        GeoJsonWriter.Write(stream, [new GeoJsonFeatureOut("a", clockwise, [])], Srid.Etrs89Utm32);
        stream.Position = 0;
        var read = (Polygon)GeoJsonReader.Read(stream, "mem").Features[0].Geometry;

        Assert.True(NetTopologySuite.Algorithm.Orientation.IsCCW(read.Shell.CoordinateSequence));
    }

    [Fact]
    public void Write_unsupported_property_value_throws()
    {
        using var stream = new MemoryStream();

        var ex = Assert.Throws<ArgumentException>(() => GeoJsonWriter.Write(stream,
            [new GeoJsonFeatureOut("p", Wkt.Read("POINT (393000 5708000)"), [new("when", new DateOnly(2028, 6, 30))])]));

        Assert.Contains("property 'when'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_unsupported_srid_throws()
    {
        using var stream = new MemoryStream();

        Assert.Throws<ArgumentOutOfRangeException>(() => GeoJsonWriter.Write(stream, [], 3857));
    }

    [Fact]
    public void Write_empty_collection_reads_back_empty()
    {
        using var stream = new MemoryStream();

        GeoJsonWriter.Write(stream, []);
        stream.Position = 0;

        Assert.Empty(GeoJsonReader.Read(stream, "empty").Features);
    }
}
