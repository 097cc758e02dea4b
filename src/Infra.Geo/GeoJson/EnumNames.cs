using System.Collections.Frozen;
using System.Text;

namespace Infra.Geo.GeoJson;

/// <summary>snake_case names of enum values as used in GeoJSON properties, e.g. <c>MicroTrench</c> ↔ <c>micro_trench</c>.</summary>
internal static class EnumNames<TEnum>
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> Names =
        Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, v => Snake(v.ToString()));

    private static readonly FrozenDictionary<string, TEnum> Values =
        Names.ToFrozenDictionary(kv => kv.Value, kv => kv.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>All names in enum order, for messages that list what is allowed.</summary>
    public static IReadOnlyList<string> All { get; } = Enum.GetValues<TEnum>().Select(v => Names[v]).ToArray();

    public static string ToName(TEnum value) => Names[value];

    /// <summary>Parses a snake_case name, case-insensitively.</summary>
    public static bool TryParse(string? name, out TEnum value)
    {
        value = default;
        return name is not null && Values.TryGetValue(name.Trim(), out value);
    }

    private static string Snake(string pascal)
    {
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
}
