using System.Collections.Frozen;

namespace Infra.Core.Codes;

/// <summary>
/// The codes of an enum's values: their snake_case names (<c>SurfaceClass.MicroTrench</c> ↔ <c>micro_trench</c>), as
/// files, the database, the API and the glossary carry them. Parsing is case-insensitive and trims.
/// </summary>
public static class EnumCodes
{
    /// <summary>The code of <paramref name="value"/>.</summary>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Cache<TEnum>.Names[value];

    /// <summary>All codes in enum order, for messages that list what is allowed.</summary>
    public static IReadOnlyList<string> All<TEnum>()
        where TEnum : struct, Enum => Cache<TEnum>.All;

    public static bool TryParse<TEnum>(string? code, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        return code is not null && Cache<TEnum>.Values.TryGetValue(code.Trim(), out value);
    }

    /// <summary>Parses a code that was written by this program (a stored value); an unknown one is a broken invariant.</summary>
    public static TEnum Parse<TEnum>(string code)
        where TEnum : struct, Enum =>
        TryParse(code, out TEnum value) ? value : throw new FormatException($"'{code}' is not a code of {typeof(TEnum).Name}");

    private static class Cache<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly FrozenDictionary<TEnum, string> Names =
            Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, v => SnakeCase.Of(v.ToString()));

        public static readonly FrozenDictionary<string, TEnum> Values =
            Names.ToFrozenDictionary(kv => kv.Value, kv => kv.Key, StringComparer.OrdinalIgnoreCase);

        public static readonly string[] All = Enum.GetValues<TEnum>().Select(v => Names[v]).ToArray();
    }
}
