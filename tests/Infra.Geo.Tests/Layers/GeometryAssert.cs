using NetTopologySuite.Geometries;

namespace Infra.Geo.Tests.Layers;

/// <summary>Compares geometries vertex by vertex (after normalising ring order and orientation) with a tolerance in metres.</summary>
internal static class GeometryAssert
{
    public static void Near(Geometry expected, Geometry actual, double toleranceM, string context)
    {
        Assert.Equal(expected.GeometryType, actual.GeometryType);
        Assert.Equal(25832, actual.SRID);
        var e = expected.Normalized().Coordinates;
        var a = actual.Normalized().Coordinates;
        Assert.True(e.Length == a.Length, $"{context}: {e.Length} vs {a.Length} vertices");
        for (var i = 0; i < e.Length; i++)
        {
            Assert.True(e[i].Distance(a[i]) <= toleranceM, $"{context}: vertex {i} {e[i]} vs {a[i]}");
        }
    }
}
