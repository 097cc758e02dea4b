using System.Text.Json;
using System.Text.Json.Serialization;
using Infra.Planning.Schedule;

namespace Infra.Status;

/// <summary>
/// The one JSON shape of the outlook and the status (snake_case, enums as snake_case strings, quarters as "2027-Q1",
/// dates as yyyy-mm-dd): the stored outlook, <c>infra status --out</c> and <c>GET /api/status</c> all write it.
/// </summary>
public static class StatusJson
{
    public static JsonSerializerOptions Options { get; } = Create(indented: false);

    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            WriteIndented = indented,
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        options.Converters.Add(new QuarterConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>A quarter as "2027-Q1".</summary>
    private sealed class QuarterConverter : JsonConverter<Quarter>
    {
        public override Quarter Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.GetString();
            return Quarter.TryParse(text, out var quarter) ? quarter : throw new JsonException($"'{text}' is not a quarter (yyyy-Qn)");
        }

        public override void Write(Utf8JsonWriter writer, Quarter value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
    }
}
