using System.Globalization;
using System.Text.RegularExpressions;
using Infra.Core.Network;

namespace Infra.Geo.GeoJson;

/// <summary>Recognises the CRS names of the legacy GeoJSON <c>crs</c> member.</summary>
internal static partial class CrsNames
{
    /// <summary>The name written for EPSG:25832 output.</summary>
    public const string Utm32Urn = "urn:ogc:def:crs:EPSG::25832";

    /// <summary>4326 or 25832 for a supported name (EPSG:x, urn:ogc:def:crs:EPSG::x, OGC CRS84, opengis URL), else null.</summary>
    public static int? Parse(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var trimmed = name.Trim();
        if (trimmed.EndsWith(":CRS84", StringComparison.OrdinalIgnoreCase) || trimmed.EndsWith("/CRS84", StringComparison.OrdinalIgnoreCase))
        {
            return Srid.Wgs84;
        }

        var match = EpsgCode().Match(trimmed);
        if (!match.Success)
        {
            return null;
        }

        var code = int.Parse(match.Groups["code"].Value, CultureInfo.InvariantCulture);
        return code is Srid.Wgs84 or Srid.Etrs89Utm32 ? code : null;
    }

    [GeneratedRegex(@"^(?:EPSG:(?:[0-9.]*:)?|urn:ogc:def:crs:EPSG:(?:[0-9.]*):|https?://www\.opengis\.net/def/crs/EPSG/[0-9.]+/)(?<code>[0-9]{1,6})$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EpsgCode();
}
