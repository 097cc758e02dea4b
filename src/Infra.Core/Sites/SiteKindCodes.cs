using System.Collections.Frozen;

namespace Infra.Core.Sites;

/// <summary>The German codes of <see cref="SiteKind"/> as used in GeoJSON properties, CSV files and reports.</summary>
public static class SiteKindCodes
{
    private static readonly FrozenDictionary<SiteKind, string> Codes = new Dictionary<SiteKind, string>
    {
        [SiteKind.School] = "Schule",
        [SiteKind.Kita] = "Kita",
        [SiteKind.Office] = "Verwaltung",
        [SiteKind.FireStation] = "Feuerwehr",
        [SiteKind.Library] = "Bibliothek",
        [SiteKind.YouthCentre] = "Jugendeinrichtung",
        [SiteKind.SportsFacility] = "Sportstätte",
        [SiteKind.Other] = "Sonstige",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, SiteKind> Kinds =
        Codes.ToFrozenDictionary(kv => kv.Value, kv => kv.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>All codes in enum order, for error messages that list what is allowed.</summary>
    public static IReadOnlyList<string> All { get; } = Enum.GetValues<SiteKind>().Select(k => Codes[k]).ToArray();

    public static string ToCode(this SiteKind kind) => Codes[kind];

    /// <summary>Parses a German code (case-insensitive; "Sportstaette" accepted for "Sportstätte").</summary>
    public static bool TryParse(string? code, out SiteKind kind)
    {
        kind = SiteKind.Other;
        if (string.IsNullOrWhiteSpace(code))
        {
            return false;
        }

        var normalised = code.Trim().Replace("ae", "ä", StringComparison.Ordinal);
        return Kinds.TryGetValue(code.Trim(), out kind) || Kinds.TryGetValue(normalised, out kind);
    }
}
