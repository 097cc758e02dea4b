using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Infra.Web.Tests.Support;

namespace Infra.Web.Tests.Api;

/// <summary>
/// The HTTP contract against approved files: the OpenAPI document (docs/openapi.json, also read by people and client
/// generators) and the shape of representative answers (every field path with its JSON type, not the values, which
/// the optimiser produces). A change of either is a visible diff; accept it with INFRA_UPDATE_SNAPSHOTS=1.
/// </summary>
public sealed class ContractSnapshotTests(PlanAppFixture fixture) : IClassFixture<PlanAppFixture>
{
    private readonly HttpClient client = fixture.Client();

    [Fact]
    public async Task Openapi_document_equals_the_approved_file()
    {
        var document = JsonNode.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!.AsObject();
        document.Remove("servers");   // the requesting host, not part of the contract

        Assert.NotEmpty(document["paths"]!.AsObject());
        ApprovedText.Match("docs/openapi.json", document.ToJsonString(new JsonSerializerOptions
        {
            WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }));
    }

    [Fact]
    public async Task Shapes_of_representative_answers_equal_the_approved_file()
    {
        var v = fixture.Version;
        var site = fixture.Outcome.Plan.Sites[0].Site.Id.Value;
        string[] urls =
        [
            "/api/plans", "/api/plans/latest", $"/api/plans/{v}/curve", $"/api/plans/{v}/years", $"/api/plans/{v}/sites?limit=2",
            $"/api/plans/{v}/sites/{Uri.EscapeDataString(site)}", $"/api/compare?versions={v},{v}", "/api/kpis/current",
            "/api/glossary", "/ogc/collections/plan-sites/items?limit=2", "/api/sites?limit=2",
        ];
        var text = new StringBuilder();
        foreach (var url in urls)
        {
            var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}");
            var paths = new SortedSet<string>(StringComparer.Ordinal);
            Collect(JsonNode.Parse(await response.Content.ReadAsStringAsync()), "$", paths);
            text.Append("GET ").Append(url.Replace(v.ToString(System.Globalization.CultureInfo.InvariantCulture), "{version}", StringComparison.Ordinal)
                .Replace(Uri.EscapeDataString(site), "{site}", StringComparison.Ordinal)).Append('\n');
            foreach (var path in paths)
            {
                text.Append("  ").Append(path).Append('\n');
            }
        }

        ApprovedText.Match("tests/Infra.Web.Tests/Api/answer-shapes.txt", text.ToString());
    }

    /// <summary>Each field path with its JSON kind; array items merge under [].</summary>
    private static void Collect(JsonNode? node, string path, SortedSet<string> paths)
    {
        switch (node)
        {
            case null:
                paths.Add(path + ": null");
                break;
            case JsonObject o:
                paths.Add(path + ": object");
                foreach (var (key, value) in o)
                {
                    Collect(value, path + "." + key, paths);
                }

                break;
            case JsonArray a:
                paths.Add(path + ": array");
                foreach (var item in a)
                {
                    Collect(item, path + "[]", paths);
                }

                break;
            case JsonValue value:
                paths.Add(path + ": " + value.GetValueKind() switch
                {
                    JsonValueKind.String => "string",
                    JsonValueKind.Number => "number",
                    JsonValueKind.True or JsonValueKind.False => "boolean",
                    _ => "null",
                });
                break;
        }
    }
}
