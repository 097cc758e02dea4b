using System.Collections.Frozen;

namespace Infra.Data.Naming;

/// <summary>Snake-case names of an enum's values (<c>MicroTrench</c> is stored as <c>micro_trench</c>), both ways.</summary>
internal static class EnumNames<TEnum>
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> Names =
        Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, SnakeCase.Of);

    private static readonly FrozenDictionary<string, TEnum> Values =
        Names.ToFrozenDictionary(kv => kv.Value, kv => kv.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>All names in enum order, for messages that list what is allowed.</summary>
    public static IReadOnlyList<string> All { get; } = Enum.GetValues<TEnum>().Select(v => Names[v]).ToArray();

    public static string ToName(TEnum value) => Names[value];

    public static bool TryParse(string? name, out TEnum value)
    {
        value = default;
        return name is not null && Values.TryGetValue(name.Trim(), out value);
    }

    /// <summary>Parses a stored name; a name the database should never hold is a broken invariant.</summary>
    public static TEnum Parse(string name) =>
        TryParse(name, out var value) ? value : throw new FormatException($"'{name}' is not a {typeof(TEnum).Name}");
}
