using Infra.Core.Network;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NetTopologySuite;
using NetTopologySuite.IO;

namespace Infra.Data.Conversion;

/// <summary>
/// Stores an NTS geometry as plain 2D ISO WKB (little endian, no SRID) in a <c>geometry_wkb</c> column; read back with
/// SRID 25832. Used on SQLite; PostgreSQL stores native PostGIS geometry (<see cref="SridGeometryConverter"/>).
/// </summary>
internal sealed class WkbGeometryConverter : ValueConverter<NetTopologySuite.Geometries.Geometry, byte[]>
{
    public WkbGeometryConverter()
        : base(g => ToWkb(g), b => FromWkb(b))
    {
    }

    public static byte[] ToWkb(NetTopologySuite.Geometries.Geometry geometry) => new WKBWriter().Write(geometry);

    public static NetTopologySuite.Geometries.Geometry FromWkb(byte[] wkb)
    {
        var geometry = new WKBReader(NtsGeometryServices.Instance).Read(wkb);
        geometry.SRID = Srid.Etrs89Utm32;
        return geometry;
    }
}
