using Infra.Core.Network;
using Infra.Geo.Crs;
using NetTopologySuite.Geometries;

namespace Infra.Geo.GeoJson;

/// <summary>
/// A planning geometry (EPSG:25832) as written to a file: EPSG:4326 degrees rounded to 8 decimals (≈ 1 mm, so that
/// reading it back and rounding to 0.01 m gives exactly the stored coordinate), or EPSG:25832 metres rounded to 0.01 m.
/// </summary>
public static class TargetGeometry
{
    /// <summary>Decimals of a degree written for EPSG:4326.</summary>
    public const int DegreeDecimals = 8;

    /// <summary>A copy of <paramref name="geometry"/> (EPSG:25832 or SRID 0) in <paramref name="srid"/>, rounded.</summary>
    /// <exception cref="ArgumentException">The geometry is in another CRS; <paramref name="id"/> names the feature.</exception>
    public static Geometry Of(Geometry geometry, int srid, string id)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        CheckSrid(srid);
        if (geometry.SRID is not (0 or Srid.Etrs89Utm32))
        {
            throw new ArgumentException($"feature '{id}': geometry SRID is {geometry.SRID}, expected 25832", nameof(geometry));
        }

        var copy = geometry.Copy();
        copy.Apply(new Projector(srid));
        copy.SRID = srid;
        return copy;
    }

    /// <summary>Throws unless <paramref name="srid"/> is 4326 or 25832.</summary>
    public static void CheckSrid(int srid)
    {
        if (srid is not (Srid.Wgs84 or Srid.Etrs89Utm32))
        {
            throw new ArgumentOutOfRangeException(nameof(srid), srid, "target SRID must be 4326 or 25832");
        }
    }

    private sealed class Projector(int srid) : ICoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            double x = seq.GetX(i), y = seq.GetY(i);
            if (srid == Srid.Wgs84)
            {
                var (lon, lat) = CrsTransform.ToWgs84(x, y);
                (x, y) = (Math.Round(lon, DegreeDecimals), Math.Round(lat, DegreeDecimals));
            }
            else
            {
                (x, y) = (Math.Round(x, 2), Math.Round(y, 2));
            }

            seq.SetX(i, x);
            seq.SetY(i, y);
        }
    }
}
