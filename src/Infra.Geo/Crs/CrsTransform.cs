using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace Infra.Geo.Crs;

/// <summary>
/// Converts between WGS84 longitude/latitude (EPSG:4326, degrees) and ETRS89 / UTM zone 32N (EPSG:25832, metres).
/// </summary>
/// <remarks>
/// The projection is the Transverse Mercator of EPSG:25832 on the GRS80 ellipsoid (central meridian 9° E, scale
/// 0.9996, false easting 500 000 m). WGS84 and ETRS89 are treated as the same datum (the EPSG null transformation
/// 1149, also the default of QGIS/PROJ): the realisations drift apart by well under a metre, far below what the
/// planning needs, and every data set the city uses (OSM, NRW open data) makes the same choice. The projection itself
/// is accurate to about 1 mm in Germany. Thread-safe: the ProjNet transforms are not, so each call takes a lock.
/// </remarks>
public static class CrsTransform
{
    private const string Etrs89Wkt =
        "GEOGCS[\"ETRS89\",DATUM[\"European_Terrestrial_Reference_System_1989\"," +
        "SPHEROID[\"GRS 1980\",6378137,298.257222101,AUTHORITY[\"EPSG\",\"7019\"]],AUTHORITY[\"EPSG\",\"6258\"]]," +
        "PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]]," +
        "AUTHORITY[\"EPSG\",\"4258\"]]";

    private const string Utm32Wkt =
        "PROJCS[\"ETRS89 / UTM zone 32N\"," + Etrs89Wkt + "," +
        "PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"latitude_of_origin\",0],PARAMETER[\"central_meridian\",9]," +
        "PARAMETER[\"scale_factor\",0.9996],PARAMETER[\"false_easting\",500000],PARAMETER[\"false_northing\",0]," +
        "UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]],AXIS[\"Easting\",EAST],AXIS[\"Northing\",NORTH]," +
        "AUTHORITY[\"EPSG\",\"25832\"]]";

    private static readonly Lock Gate = new();
    private static readonly MathTransform Forward;
    private static readonly MathTransform Inverse;

#pragma warning disable CA1810 // both transforms come from one factory call; a static constructor keeps that readable
    static CrsTransform()
    {
        var factory = new CoordinateSystemFactory();
        var geographic = factory.CreateFromWkt(Etrs89Wkt);
        var projected = factory.CreateFromWkt(Utm32Wkt);
        var transforms = new CoordinateTransformationFactory();
        Forward = transforms.CreateFromCoordinateSystems(geographic, projected).MathTransform;
        Inverse = transforms.CreateFromCoordinateSystems(projected, geographic).MathTransform;
    }
#pragma warning restore CA1810

    /// <summary>WGS84 longitude/latitude in degrees to EPSG:25832 easting/northing in metres (not rounded).</summary>
    public static (double X, double Y) ToUtm32(double lon, double lat)
    {
        lock (Gate)
        {
            return Forward.Transform(lon, lat);
        }
    }

    /// <summary>EPSG:25832 easting/northing in metres to WGS84 longitude/latitude in degrees (not rounded).</summary>
    public static (double Lon, double Lat) ToWgs84(double x, double y)
    {
        lock (Gate)
        {
            return Inverse.Transform(x, y);
        }
    }
}
