using System.Text.Json;
using Infra.Core.Inputs;

namespace Infra.Web.Endpoints.Sites;

/// <summary>
/// The JSON types of the editable fields of sites and routes, checked before their values are read: a value of the
/// wrong type is a 400 naming the field and the expected type, not an exception from reading it.
/// </summary>
internal static class PatchFields
{
    private static readonly Dictionary<string, (JsonValueKind[] Kinds, string Text)> Expected = new(StringComparer.Ordinal)
    {
        ["priority"] = ([JsonValueKind.Number], "eine ganze Zahl von 1 bis 5"),
        ["demandMbps"] = ([JsonValueKind.Number, JsonValueKind.Null], "eine ganze Zahl ≥ 0 (Mbit/s) oder null"),
        ["pinnedTechnology"] = ([JsonValueKind.String, JsonValueKind.Null], "ein Technik-Code als Text oder null"),
        ["excludedTechnologies"] = ([JsonValueKind.Array], "eine Liste von Technik-Codes"),
        ["inScope"] = ([JsonValueKind.True, JsonValueKind.False], "true oder false"),
        ["owner"] = ([JsonValueKind.String], "ein nicht leerer Text"),
        ["fibreCount"] = ([JsonValueKind.Number], "eine ganze Zahl ≥ 0"),
        ["freeDucts"] = ([JsonValueKind.Number], "eine ganze Zahl ≥ 0"),
    };

    /// <summary>The error for a known field holding a value of the wrong JSON type, or null.</summary>
    public static InputError? WrongType(JsonProperty field, string source, string id) =>
        Expected.TryGetValue(field.Name, out var expected) && !expected.Kinds.Contains(field.Value.ValueKind)
            ? new InputError(source, null, id, field.Name, $"falscher Typ: erwartet {expected.Text}, war {Describe(field.Value)}")
            : null;

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "der Text " + Problems.Clip(value.GetRawText(), 60),
        JsonValueKind.Number => "die Zahl " + Problems.Clip(value.GetRawText(), 60),
        JsonValueKind.True or JsonValueKind.False => "der Wahrheitswert " + value.GetRawText(),
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "eine Liste",
        JsonValueKind.Object => "ein Objekt",
        _ => "kein Wert",
    };
}
