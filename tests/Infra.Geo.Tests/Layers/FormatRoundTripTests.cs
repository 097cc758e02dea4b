using Infra.Core.Network;
using Infra.Geo.GeoJson;
using Infra.Geo.Layers;
using Infra.Geo.Tests.GeoJson;
using NetTopologySuite.Geometries;

namespace Infra.Geo.Tests.Layers;

/// <summary>
/// Every layer written as GeoJSON, GeoPackage and Shapefile, in both CRSs, reads back as the same records: layer
/// recognised from the content, every property and every coordinate exactly (rings compared in one orientation).
/// </summary>
public sealed class FormatRoundTripTests : IClassFixture<SmallCityFixture>, IDisposable
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), Srid.Etrs89Utm32);
    private readonly SmallCityFixture _city;
    private readonly TempFolder _temp = new();

    public FormatRoundTripTests(SmallCityFixture city) => _city = city;

    public void Dispose() => _temp.Dispose();

    public static TheoryData<LayerFormat, int> Cases()
    {
        var data = new TheoryData<LayerFormat, int>();
        foreach (var format in Enum.GetValues<LayerFormat>())
        {
            data.Add(format, Srid.Wgs84);
            data.Add(format, Srid.Etrs89Utm32);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Write_then_read_gives_every_layer_back_exactly(LayerFormat format, int srid)
    {
        var city = _city.City;
        var district = new District
        {
            Id = new FeatureId("D-1"),
            Name = "Innenstadt-West",
            Boundary = Factory.CreateMultiPolygon([
                Factory.CreatePolygon([new(390_000, 5_705_000), new(392_000, 5_705_000), new(392_000, 5_707_000), new(390_000, 5_705_000)]),
                Factory.CreatePolygon([new(393_000, 5_705_000), new(394_000, 5_705_000), new(394_000, 5_706_000), new(393_000, 5_705_000)])]),
        };
        (LayerSchema, IReadOnlyList<object>)[] layers =
        [
            (LayerSchema.Sites, city.Sites), (LayerSchema.Routes, city.Routes), (LayerSchema.AccessPoints, city.AccessPoints),
            (LayerSchema.Streets, city.Streets), (LayerSchema.Hubs, city.Hubs), (LayerSchema.Obstacles, city.Obstacles),
            (LayerSchema.Districts, [district]),
        ];
        var folder = _temp.File("out-" + format + srid);

        var files = LayerExport.Write(format, folder, layers, srid, new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
        var read = files.Distinct().SelectMany(f => LayerSources.Read(f, null, new GeoJsonReadOptions())).ToDictionary(c => c.Schema);

        foreach (var (schema, items) in layers)
        {
            var back = read[schema];
            Assert.Equal(items.Count, back.Items.Count);
            for (var i = 0; i < items.Count; i++)
            {
                var (expected, actual) = (LayerFiles.Feature(items[i]), LayerFiles.Feature(back.Items[i]));
                Assert.Equal(expected.Id, actual.Id);
                Assert.Equal(Text(expected), Text(actual));
                Assert.True(expected.Geometry.Normalized().EqualsExact(actual.Geometry.Normalized()), $"{schema} {expected.Id}: {expected.Geometry} vs {actual.Geometry}");
            }
        }
    }

    private static string Text(GeoJsonFeatureOut feature) => string.Join("|", feature.Properties.Select(p => p.Key + "=" + p.Value switch
    {
        string text => text,
        IEnumerable<string> list => string.Join(",", list),
        double d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        var v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture),
    }));
}
