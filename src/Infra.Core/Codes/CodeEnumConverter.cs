using System.Text.Json;
using System.Text.Json.Serialization;

namespace Infra.Core.Codes;

/// <summary>
/// Writes and reads an enum as its code (<see cref="EnumCodes"/>) whatever the serializer's options, so that an enum of
/// the plan contract looks the same in files, database JSON and HTTP answers.
/// </summary>
public sealed class CodeEnumConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    public CodeEnumConverter()
        : base(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false)
    {
    }
}
