namespace Infra.Geo.Layers;

/// <summary>The geometry a layer holds: points (also one-point MultiPoints), lines (and MultiLineStrings) or areas.</summary>
public enum GeometryFamily
{
    Point,
    Line,
    Polygon,
}
