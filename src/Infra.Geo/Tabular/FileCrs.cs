using Infra.Core.Network;

namespace Infra.Geo.Tabular;

/// <summary>
/// The CRS of a Shapefile's .prj or a GeoPackage's spatial reference system, as far as Infra reads them: EPSG:4326
/// (WGS84 degrees) or EPSG:25832 (ETRS89 / UTM 32N). Any other CRS is named in the error, with how to reproject.
/// </summary>
internal static class FileCrs
{
    /// <summary>ESRI WKT written to .prj files.</summary>
    public static string EsriWkt(int srid) => srid == Srid.Etrs89Utm32
        ? "PROJCS[\"ETRS_1989_UTM_Zone_32N\",GEOGCS[\"GCS_ETRS_1989\",DATUM[\"D_ETRS_1989\",SPHEROID[\"GRS_1980\",6378137.0,298.257222101]]," +
          "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"False_Easting\",500000.0]," +
          "PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",9.0],PARAMETER[\"Scale_Factor\",0.9996]," +
          "PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]"
        : "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0]," +
          "UNIT[\"Degree\",0.0174532925199433]]";

    /// <summary>OGC WKT for a GeoPackage's <c>gpkg_spatial_ref_sys.definition</c>.</summary>
    public static string OgcWkt(int srid) => srid == Srid.Etrs89Utm32
        ? "PROJCS[\"ETRS89 / UTM zone 32N\",GEOGCS[\"ETRS89\",DATUM[\"European_Terrestrial_Reference_System_1989\",SPHEROID[\"GRS 1980\",6378137,298.257222101]]," +
          "PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"latitude_of_origin\",0]," +
          "PARAMETER[\"central_meridian\",9],PARAMETER[\"scale_factor\",0.9996],PARAMETER[\"false_easting\",500000],PARAMETER[\"false_northing\",0]," +
          "UNIT[\"metre\",1],AUTHORITY[\"EPSG\",\"25832\"]]"
        : "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563]],PRIMEM[\"Greenwich\",0]," +
          "UNIT[\"degree\",0.0174532925199433],AUTHORITY[\"EPSG\",\"4326\"]]";

    /// <summary>4326 or 25832 for a WKT (ESRI or OGC) of those systems, else null.</summary>
    public static int? FromWkt(string wkt)
    {
        ArgumentNullException.ThrowIfNull(wkt);
        var text = wkt.Replace(" ", "_", StringComparison.Ordinal).ToUpperInvariant();
        if (text.StartsWith("PROJCS", StringComparison.Ordinal))
        {
            return (text.Contains("\"25832\"", StringComparison.Ordinal) || text.Contains("UTM_ZONE_32N", StringComparison.Ordinal)) &&
                   (text.Contains("ETRS", StringComparison.Ordinal) || text.Contains("EUROPEAN_TERRESTRIAL", StringComparison.Ordinal))
                ? Srid.Etrs89Utm32
                : null;
        }

        return text.StartsWith("GEOGCS", StringComparison.Ordinal) &&
               (text.Contains("WGS_1984", StringComparison.Ordinal) || text.Contains("WGS_84", StringComparison.Ordinal) ||
                text.Contains("ETRS", StringComparison.Ordinal))
            ? Srid.Wgs84
            : null;
    }

    /// <summary>The start of a WKT, for messages.</summary>
    public static string Describe(string wkt) => wkt.Length <= 60 ? wkt : wkt[..60] + "…";
}
