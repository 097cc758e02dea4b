using System.CommandLine;
using Infra.Core.Network;

namespace Infra.Cli.Commands;

/// <summary>The --crs option: EPSG:4326 (WGS84, the GeoJSON default) or EPSG:25832 (ETRS89 / UTM 32N).</summary>
internal static class CrsOption
{
    public static Option<int?> Create(string description) => new("--crs")
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 0 ? "" : result.Tokens[0].Value;
            var digits = text.StartsWith("EPSG:", StringComparison.OrdinalIgnoreCase) ? text[5..] : text;
            if (digits is "4326" or "25832")
            {
                return int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
            }

            result.AddError($"--crs: '{text}' ist kein unterstütztes Koordinatensystem (EPSG:4326 oder EPSG:25832)");
            return null;
        },
    };

    public static int OutputSrid(int? value) => value ?? Srid.Wgs84;
}
