using System.Globalization;
using System.Reflection;
using Infra.Core.Sites;
using Infra.Core.Codes;

namespace Infra.Scenarios;

/// <summary>
/// The YAML names of scenario settings: snake_case property names, site kinds by German code, other enums by
/// snake-case name (technologies <c>fibre</c>, <c>radio</c>, <c>leased</c>).
/// </summary>
internal static class ScenarioKeys
{
    /// <summary>The settable properties of a scenario record by YAML key, in declaration order.</summary>
    public static IReadOnlyList<(string Key, PropertyInfo Property)> Of(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
            .Select(p => (SnakeCase.Of(p.Name), p))
            .ToArray();

    public static bool IsRecord(Type type) =>
        type.IsClass && type != typeof(string) && type.Namespace == typeof(Core.Scenarios.Scenario).Namespace;

    public static string EnumToText(object value) =>
        value is SiteKind kind ? kind.ToCode() : SnakeCase.Of(value.ToString()!);

    public static bool TryParseEnum(Type enumType, string text, out object? value)
    {
        if (enumType == typeof(SiteKind))
        {
            var ok = SiteKindCodes.TryParse(text, out var kind);
            value = kind;
            return ok;
        }

        value = Enum.GetValues(enumType).Cast<object>()
            .FirstOrDefault(v => string.Equals(SnakeCase.Of(v.ToString()!), text.Trim(), StringComparison.OrdinalIgnoreCase));
        return value is not null;
    }

    /// <summary>"site kind" or "technology", with the allowed words, for error messages.</summary>
    public static string Describe(Type enumType) => enumType == typeof(SiteKind)
        ? "site kind (allowed: " + string.Join(", ", SiteKindCodes.All) + ")"
        : SnakeCase.Of(enumType.Name).Replace('_', ' ') + " (allowed: "
            + string.Join(", ", Enum.GetValues(enumType).Cast<object>().Select(EnumToText)) + ")";

    public static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;

    public static string Join(string path, object key) =>
        Join(path, key is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : key.ToString()!);
}
