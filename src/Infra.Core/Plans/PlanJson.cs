using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Infra.Core.Plans;

/// <summary>
/// The one JSON setting of the plan contract: snake_case field names, enums as codes, umlauts unescaped, non-finite
/// numbers as "NaN"/"Infinity" (a missing bound), nulls written. Files, database JSON columns and the HTTP answers of
/// the plan endpoints all use it (the web host through <see cref="ApplySnakeCaseContract"/>).
/// </summary>
public static class PlanJson
{
    /// <summary>Compact, for database columns and HTTP.</summary>
    public static JsonSerializerOptions Options { get; } = Create(indented: false);

    /// <summary>Indented, for files people open (summary.json).</summary>
    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    /// <summary>
    /// Makes <paramref name="options"/> write every <see cref="SnakeCaseJsonAttribute"/> type with snake_case fields,
    /// leaving other types to the options' own naming policy (the web API's camelCase, OGC API names).
    /// </summary>
    public static void ApplySnakeCaseContract(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var resolver = options.TypeInfoResolver as DefaultJsonTypeInfoResolver ?? new DefaultJsonTypeInfoResolver();
        resolver.Modifiers.Add(SnakeCaseFields);
        options.TypeInfoResolver = resolver;
    }

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DictionaryKeyPolicy = null,
        };
        ApplySnakeCaseContract(options);
        options.MakeReadOnly();
        return options;
    }

    private static void SnakeCaseFields(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object || !Attribute.IsDefined(info.Type, typeof(SnakeCaseJsonAttribute), inherit: false))
        {
            return;
        }

        foreach (var property in info.Properties)
        {
            if (property.AttributeProvider is System.Reflection.MemberInfo member
                && !Attribute.IsDefined(member, typeof(JsonPropertyNameAttribute)))
            {
                property.Name = JsonNamingPolicy.SnakeCaseLower.ConvertName(member.Name);
            }
        }
    }
}
