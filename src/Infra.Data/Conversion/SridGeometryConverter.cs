using Infra.Core.Network;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Infra.Data.Conversion;

/// <summary>
/// Hands geometries to PostGIS with SRID 25832, the SRID of every <c>geom</c> column (a typed column refuses another);
/// the coordinates are EPSG:25832 everywhere inside Infra, only the label may be missing. Read back unchanged.
/// </summary>
internal sealed class SridGeometryConverter : ValueConverter<NetTopologySuite.Geometries.Geometry, NetTopologySuite.Geometries.Geometry>
{
    public SridGeometryConverter()
        : base(g => WithSrid(g), g => g)
    {
    }

    public static NetTopologySuite.Geometries.Geometry WithSrid(NetTopologySuite.Geometries.Geometry geometry)
    {
        if (geometry.SRID == Srid.Etrs89Utm32)
        {
            return geometry;
        }

        var copy = geometry.Copy();
        copy.SRID = Srid.Etrs89Utm32;
        return copy;
    }
}
