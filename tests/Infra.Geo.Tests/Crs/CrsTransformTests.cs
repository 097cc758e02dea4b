using Infra.Geo.Crs;

namespace Infra.Geo.Tests.Crs;

public sealed class CrsTransformTests
{
    public static TheoryData<string, double, double> Places => new()
    {
        { "Dortmund Hbf", 7.459293, 51.517898 },
        { "Friedensplatz", 7.466848, 51.512046 },
        { "Steinhammerschule (westmost school)", 7.3237719, 51.5080039 },
        { "Aplerbeck", 7.6195069, 51.4436444 },
        { "Central meridian", 9.0, 51.0 },
        { "Aachen (far west of zone)", 6.083887, 50.775346 },
        { "Flensburg", 9.436949, 54.793743 },
    };

    [Theory]
    [MemberData(nameof(Places))]
    public void ToUtm32_matches_Krueger_series_within_1_cm(string place, double lon, double lat)
    {
        var (x, y) = CrsTransform.ToUtm32(lon, lat);
        var (ex, ey) = KruegerUtm.Forward(lon, lat);

        Assert.True(Math.Abs(x - ex) < 0.01, $"{place}: easting {x} vs {ex}");
        Assert.True(Math.Abs(y - ey) < 0.01, $"{place}: northing {y} vs {ey}");
    }

    [Fact]
    public void ToUtm32_central_meridian_maps_to_false_easting()
    {
        var (x, _) = CrsTransform.ToUtm32(9.0, 51.5);

        Assert.Equal(500_000, x, 3);
    }

    [Fact]
    public void ToUtm32_Dortmund_lies_in_expected_UTM_block()
    {
        var (x, y) = CrsTransform.ToUtm32(7.459293, 51.517898);

        Assert.InRange(x, 393_000, 394_500);
        Assert.InRange(y, 5_708_000, 5_709_500);
    }

    [Theory]
    [MemberData(nameof(Places))]
    public void Round_trip_returns_the_start_point(string place, double lon, double lat)
    {
        var (x, y) = CrsTransform.ToUtm32(lon, lat);
        var (lon2, lat2) = CrsTransform.ToWgs84(x, y);

        Assert.True(Math.Abs(lon2 - lon) < 1e-9 && Math.Abs(lat2 - lat) < 1e-9, $"{place}: {lon2} {lat2}");
    }

    [Fact]
    public void Transforms_give_the_same_result_from_many_threads()
    {
        static (double X, double Y, double Lon, double Lat) Both(int i)
        {
            var (x, y) = CrsTransform.ToUtm32(7.3 + (i * 1e-4), 51.4 + (i * 5e-5));
            var (lon, lat) = CrsTransform.ToWgs84(390_000 + (i * 3.5), 5_700_000 + (i * 2.5));
            return (x, y, lon, lat);
        }

        var expected = Enumerable.Range(0, 2_000).Select(Both).ToArray();
        var actual = new (double X, double Y, double Lon, double Lat)[expected.Length];

        Parallel.For(0, expected.Length, i => actual[i] = Both(i));

        Assert.Equal(expected, actual);
    }
}
