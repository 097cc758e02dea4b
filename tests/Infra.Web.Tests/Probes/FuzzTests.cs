using System.Globalization;
using System.Net;
using System.Text;
using Infra.Web.Auth;

namespace Infra.Web.Tests.Probes;

/// <summary>
/// A seeded fuzz of layer, progress and PATCH bodies and OGC query strings against the real Kestrel: never a 5xx, only
/// documented statuses, the database unchanged after every refusal, the server healthy after all of it.
/// </summary>
[Collection(ProbeTestGroup.Name)]
public sealed class FuzzTests(ProbeFixture fixture)
{
    private const int Seed = 16;

    private static readonly string[] Weird =
    [
        "", " ", "-", "0", "-0", "1", "-1", "3", "2.5", "1e308", "-1e308", "1e309", "NaN", "Infinity", "-Infinity", "null", "true", "yes",
        "2026-02-30", "9999-12-31", "0001-01-01", "<img src=x onerror=alert(1)>", "'; DROP TABLE sites; --", "../../etc/passwd", "%00", "\u0000",
        "ä€𝄞", "{", "[1,2]", "\"", "EPSG:25832", "EPSG:4326", "CRS84", new string('9', 400), "7,50,8,52", "-180,-90,180,90",
    ];

    private const string Punctuation = "{}[]\",:0-9e.\n\r";

    private static readonly string[] OgcNames = ["limit", "offset", "bbox", "bbox-crs", "crs", "f", "datetime", "filter", "LIMIT", "bbox[]", ""];

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];

    private static string Mutate(Random random, string text)
    {
        var chars = new StringBuilder(text);
        var edits = random.Next(1, 6);
        for (var i = 0; i < edits && chars.Length > 0; i++)
        {
            var at = random.Next(chars.Length);
            switch (random.Next(5))
            {
                case 0:
                    chars.Remove(at, Math.Min(chars.Length - at, random.Next(1, 8)));
                    break;
                case 1:
                    chars.Insert(at, Pick(random, Weird));
                    break;
                case 2:
                    chars[at] = Punctuation[random.Next(Punctuation.Length)];
                    break;
                case 3:
                    chars.Insert(at, text.AsSpan(random.Next(text.Length), 1));
                    break;
                default:
                    chars.Length = at;   // cut off
                    break;
            }
        }

        return chars.ToString();
    }

    private async Task<HttpStatusCode> SendAsync(HttpClient client, HttpRequestMessage request, HashSet<HttpStatusCode> documented, string what)
    {
        var before = fixture.Fingerprint();
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode < 500, $"{what}: {(int)response.StatusCode} {Probe.Cut(body)}");
        Assert.True(documented.Contains(response.StatusCode), $"{what}: undocumented status {(int)response.StatusCode} {Probe.Cut(body)}");
        if ((int)response.StatusCode >= 400)
        {
            Assert.True(before == fixture.Fingerprint(), $"{what}: refused with {(int)response.StatusCode} but the database changed");
        }

        return response.StatusCode;
    }

    [Fact]
    public async Task Fuzzed_ogc_query_strings_never_fail_the_server()
    {
        var random = new Random(Seed);
        using var client = fixture.Client();
        HashSet<HttpStatusCode> documented = [HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.NotFound, HttpStatusCode.NotAcceptable];
        string[] paths = ["ogc/collections/sites/items", "ogc/collections/plan-trenches/items", "ogc/collections", $"ogc/collections/sites/items/{fixture.SiteId}", "ogc"];
        for (var i = 0; i < 250; i++)
        {
            var pairs = Enumerable.Range(0, random.Next(0, 4)).Select(_ =>
                Uri.EscapeDataString(Pick(random, OgcNames)) + "=" + Uri.EscapeDataString(random.Next(3) == 0 ? Mutate(random, "7.3,51.4,7.6,51.6") : Pick(random, Weird)));
            var url = Pick(random, paths) + "?" + string.Join("&", pairs);
            await SendAsync(client, new HttpRequestMessage(HttpMethod.Get, url), documented, "GET " + url);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("health", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Fuzzed_patch_bodies_never_fail_the_server()
    {
        var random = new Random(Seed + 1);
        using var client = fixture.Client(Roles.Gis);
        HashSet<HttpStatusCode> documented = [HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.UnsupportedMediaType];
        string[] fields = ["priority", "demandMbps", "pinnedTechnology", "excludedTechnologies", "inScope", "owner", "fibreCount", "freeDucts", "name", ""];
        string[] values = ["1", "5", "0", "-3", "2.5", "1e400", "\"3\"", "\"lwl\"", "\"richtfunk\"", "null", "true", "\"yes\"", "[]", "[\"lwl\",7]", "{}", "\"\""];
        for (var i = 0; i < 80; i++)
        {
            var body = "{" + string.Join(",", Enumerable.Range(0, random.Next(0, 4)).Select(_ => $"\"{Pick(random, fields)}\":{Pick(random, values)}")) + "}";
            if (random.Next(4) == 0)
            {
                body = Mutate(random, body);
            }

            var path = random.Next(2) == 0 ? $"api/sites/{fixture.SiteId}" : $"api/routes/{fixture.RouteId}";
            var request = new HttpRequestMessage(HttpMethod.Patch, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            await SendAsync(client, request, documented, $"PATCH {path} {body}");
        }
    }

    [Fact]
    public async Task Fuzzed_progress_reports_never_fail_the_server()
    {
        var random = new Random(Seed + 2);
        using var client = fixture.Client(Roles.Planer);
        HashSet<HttpStatusCode> documented = [HttpStatusCode.OK, HttpStatusCode.BadRequest];
        var today = TimeProvider.System.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        string[] seeds =
        [
            $"trasse_id,meter_gebaut,stand\n{fixture.TrenchId},1,{today}\n",
            $"liegenschaft_id,meilenstein,geplant,ist,status\n{fixture.SiteId},planung,{today},{today},erledigt\n",
            $$$"""{"type":"FeatureCollection","features":[{"type":"Feature","geometry":null,"properties":{"trasse_id":"{{{fixture.TrenchId}}}","meter_gebaut":2,"stand":"{{{today}}}"}}]}""",
        ];
        for (var i = 0; i < 80; i++)
        {
            var seed = random.Next(seeds.Length);
            var body = Mutate(random, seeds[seed]);
            var name = seed == 2 ? "bericht.geojson" : "bericht.csv";
            var request = new HttpRequestMessage(HttpMethod.Post, "api/progress?fileName=" + name) { Content = new StringContent(body, Encoding.UTF8, "text/plain") };
            await SendAsync(client, request, documented, $"POST progress {Probe.Cut(body)}");
        }
    }

    [Fact]
    public async Task Fuzzed_layer_uploads_never_fail_the_server()
    {
        var random = new Random(Seed + 3);
        using var client = fixture.Client(Roles.Gis);
        HashSet<HttpStatusCode> documented = [HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.Conflict];
        const string hub = """
            {"type":"FeatureCollection","features":[{"type":"Feature","id":"RF-FUZZ","geometry":{"type":"Point","coordinates":[393000.5,5708000.25]},
            "properties":{"name":"Fuzzmast","height_m":30,"max_links":4,"has_fibre":true}}]}
            """;
        for (var i = 0; i < 60; i++)
        {
            var body = Mutate(random, hub);
            var multipart = random.Next(3) == 0;
            HttpContent content = multipart
                ? new MultipartFormDataContent { { new StringContent(body), "file", random.Next(2) == 0 ? "hubs.geojson" : "ordner/" } }
                : new StringContent(body, Encoding.UTF8, "application/geo+json");
            var request = new HttpRequestMessage(HttpMethod.Post, "api/layers/hubs?crs=EPSG:25832") { Content = content };
            await SendAsync(client, request, documented, $"POST hubs {Probe.Cut(body)}");
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("health", UriKind.Relative))).StatusCode);
    }
}
