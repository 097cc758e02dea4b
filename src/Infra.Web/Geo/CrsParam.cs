using System.Globalization;
using Infra.Core.Inputs;
using Infra.Core.Network;

namespace Infra.Web.Geo;

/// <summary>CRS names accepted by <c>?crs=</c>, <c>bbox-crs</c> and uploads: EPSG:4326/25832, bare codes, OGC CRS URIs, CRS84.</summary>
public static class CrsParam
{
    public const string Crs84Uri = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
    public const string Utm32Uri = "http://www.opengis.net/def/crs/EPSG/0/25832";

    public static IReadOnlyList<string> Supported { get; } = [Crs84Uri, Utm32Uri];

    /// <summary>4326 (also for CRS84, which has the same lon/lat axis order in GeoJSON) or 25832; null when not given.</summary>
    public static int? Parse(string? value, string parameter)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        if (text.EndsWith("CRS84", StringComparison.OrdinalIgnoreCase))
        {
            return Srid.Wgs84;
        }

        var digits = text[(text.LastIndexOfAny([':', '/']) + 1)..];
        if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var code) && code is Srid.Wgs84 or Srid.Etrs89Utm32)
        {
            return code;
        }

        throw new InputException(new InputError("(query)", null, null, parameter,
            $"'{value}' ist kein unterstütztes Koordinatensystem (EPSG:4326, CRS84 oder EPSG:25832)"));
    }

    public static string UriOf(int srid) => srid == Srid.Etrs89Utm32 ? Utm32Uri : Crs84Uri;
}
