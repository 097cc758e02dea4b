using System.Text.Json;
using System.Text.Json.Serialization;

namespace Infra.Core.Sites;

/// <summary>A <see cref="SiteKind"/> in JSON as its German code ("Schule"), like the GeoJSON layers and CSV files.</summary>
public sealed class SiteKindJsonConverter : JsonConverter<SiteKind>
{
    public override SiteKind Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        SiteKindCodes.TryParse(reader.GetString(), out var kind) ? kind : throw new JsonException($"unknown site kind '{reader.GetString()}'");

    public override void Write(Utf8JsonWriter writer, SiteKind value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToCode());
    }

    public override SiteKind ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Read(ref reader, typeToConvert, options);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, SiteKind value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.ToCode());
    }
}
