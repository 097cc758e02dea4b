using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Infra.Core.Codes;

/// <summary>
/// Enums as their names ("Solve", not 0) for serializer options that want that, except enums that carry their own
/// <see cref="JsonConverterAttribute"/> (the coded enums of the contract): those keep their codes. A plain
/// <see cref="JsonStringEnumConverter"/> in the options would win over the enum's own attribute.
/// </summary>
public sealed class EnumNameConverter : JsonConverterFactory
{
    private readonly JsonStringEnumConverter names = new();

    public override bool CanConvert(Type typeToConvert)
    {
        ArgumentNullException.ThrowIfNull(typeToConvert);
        return typeToConvert.IsEnum && typeToConvert.GetCustomAttribute<JsonConverterAttribute>() is null;
    }

    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        names.CreateConverter(typeToConvert, options);
}
