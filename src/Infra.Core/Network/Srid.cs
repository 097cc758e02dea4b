namespace Infra.Core.Network;

/// <summary>Spatial reference ids used by Infra.</summary>
public static class Srid
{
    /// <summary>WGS84 longitude/latitude, the CRS of RFC 7946 GeoJSON.</summary>
    public const int Wgs84 = 4326;

    /// <summary>ETRS89 / UTM zone 32N: the CRS all geometry is held in (metres).</summary>
    public const int Etrs89Utm32 = 25832;
}
