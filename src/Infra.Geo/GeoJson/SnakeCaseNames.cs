using System.Collections.Frozen;
using System.Text;

namespace Infra.Geo.GeoJson;

/// <summary>
/// snake_case names of enum values as GeoJSON properties carry them, e.g. <c>SurfaceClass.MicroTrench</c> ↔
/// <c>micro_trench</c>. Parsing is case-insensitive.
/// </summary>
public static class SnakeCaseNames
{
    /// <summary>The snake_case name of <paramref name="value"/>.</summary>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Cache<TEnum>.Names[value];

    /// <summary>All names in enum order, for messages that list what is allowed.</summary>
    public static IReadOnlyList<string> All<TEnum>()
        where TEnum : struct, Enum => Cache<TEnum>.All;

    public static bool TryParse<TEnum>(string? name, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        return name is not null && Cache<TEnum>.Values.TryGetValue(name.Trim(), out value);
    }

    /// <summary>PascalCase to snake_case: <c>MicroTrench</c> → <c>micro_trench</c>.</summary>
    public static string Convert(string pascal)
    {
        ArgumentNullException.ThrowIfNull(pascal);
        var sb = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0)
            {
                sb.Append('_');
            }

            sb.Append(char.ToLowerInvariant(pascal[i]));
        }

        return sb.ToString();
    }

    private static class Cache<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly FrozenDictionary<TEnum, string> Names =
            Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, v => Convert(v.ToString()));

        public static readonly FrozenDictionary<string, TEnum> Values =
            Names.ToFrozenDictionary(kv => kv.Value, kv => kv.Key, StringComparer.OrdinalIgnoreCase);

        public static readonly string[] All = Enum.GetValues<TEnum>().Select(v => Names[v]).ToArray();
    }
}
