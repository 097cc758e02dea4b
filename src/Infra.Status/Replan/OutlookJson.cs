using System.Text.Json;
using Infra.Planning.Replan;

namespace Infra.Status.Replan;

/// <summary>The outlook as stored with a Fortschreibung (<c>plan_outlooks.outlook_json</c>): the base version and the outlook.</summary>
public static class OutlookJson
{
    public static string Serialize(long baseVersion, ReplanOutlook outlook) =>
        JsonSerializer.Serialize(new StoredOutlookDocument(baseVersion, outlook), StatusJson.Options);

    /// <exception cref="JsonException">The text is not a stored outlook.</exception>
    public static StoredOutlookDocument Deserialize(string json) =>
        JsonSerializer.Deserialize<StoredOutlookDocument>(json, StatusJson.Options) ?? throw new JsonException("empty outlook");
}

/// <summary>A stored outlook and the version its re-plan continues.</summary>
public sealed record StoredOutlookDocument(long BaseVersion, ReplanOutlook Outlook);
