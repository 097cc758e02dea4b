using Infra.Core.Network;
using NetTopologySuite.Geometries;

namespace Infra.Synthetic;

/// <summary>Rounding to 0.01 m so that synthetic coordinates survive a GeoJSON round trip exactly.</summary>
internal static class Precision
{
    public static GeometryFactory Factory { get; } = new(new PrecisionModel(100.0), Srid.Etrs89Utm32);

    public static double Round(double metres) => Math.Round(metres, 2, MidpointRounding.ToEven);

    public static Coordinate Coordinate(double x, double y) => new(Round(x), Round(y));

    public static Point Point(double x, double y) => Factory.CreatePoint(Coordinate(x, y));
}
