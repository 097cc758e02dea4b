using System.Globalization;

namespace Infra.Geo.Crs;

/// <summary>
/// Plausibility checks of single positions for data about Dortmund (and Germany): range, swapped axes, metres
/// given as degrees and degrees given as metres. Returns null when the position is fine, else the problem.
/// </summary>
internal static class PositionCheck
{
    /// <summary>Plausible EPSG:25832 easting range in metres (Germany spans about 280 000..920 000).</summary>
    public const double MinEasting = 0;

    public const double MaxEasting = 1_000_000;

    /// <summary>Plausible EPSG:25832 northing range in metres (about 45° N..56° N).</summary>
    public const double MinNorthing = 5_000_000;

    public const double MaxNorthing = 6_200_000;

    /// <summary>Checks a WGS84 position; <paramref name="metresHint"/> ends the message when the values look like metres.</summary>
    public static string? Wgs84(double lon, double lat, string metresHint)
    {
        var at = $"({F(lon)}, {F(lat)})";
        if (lon is >= 47 and <= 56 && lat is >= 5 and <= 16)
        {
            return $"longitude and latitude look swapped {at}: in Germany the longitude is 5..16 and the latitude 47..56";
        }

        if (Math.Abs(lon) > 360 || Math.Abs(lat) > 180)
        {
            return $"coordinates look like metres (EPSG:25832?) {at} but {metresHint}";
        }

        if (Math.Abs(lon) > 180)
        {
            return $"longitude {F(lon)} is out of range -180..180";
        }

        if (Math.Abs(lat) > 90)
        {
            return $"latitude {F(lat)} is out of range -90..90";
        }

        var (x, y) = CrsTransform.ToUtm32(lon, lat);
        return InUtm32Range(x, y)
            ? null
            : $"position {at} lies far outside UTM zone 32 (EPSG:25832, the planning CRS); expected a place in or near Germany";
    }

    /// <summary>Checks an EPSG:25832 position.</summary>
    public static string? Utm32(double x, double y)
    {
        var at = $"({F(x)}, {F(y)})";
        if (Math.Abs(x) <= 180 && Math.Abs(y) <= 90)
        {
            return $"coordinates {at} look like degrees (WGS84) but the file declares EPSG:25832 metres; " +
                "remove the crs member or pass --crs 4326";
        }

        if (x is >= MinNorthing and <= MaxNorthing && y is >= MinEasting and <= MaxEasting)
        {
            return $"easting and northing look swapped {at}: the easting comes first";
        }

        return InUtm32Range(x, y)
            ? null
            : $"position {at} is outside the plausible EPSG:25832 range (easting {F(MinEasting)}..{F(MaxEasting)}, " +
              $"northing {F(MinNorthing)}..{F(MaxNorthing)})";
    }

    private static bool InUtm32Range(double x, double y) =>
        x is >= MinEasting and <= MaxEasting && y is >= MinNorthing and <= MaxNorthing;

    internal static string F(double value) => value.ToString("0.#######", CultureInfo.InvariantCulture);
}
