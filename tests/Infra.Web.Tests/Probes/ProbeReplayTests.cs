using System.Net;
using System.Text;
using System.Text.Json;
using Infra.Web.Auth;
using static Infra.Web.Tests.Probes.Probe;

namespace Infra.Web.Tests.Probes;

/// <summary>The probes of issue 16 (500s, OGC answers, echo, 404s) replayed against the real Kestrel.</summary>
[Collection(ProbeTestGroup.Name)]
public sealed class ProbeReplayTests(ProbeFixture fixture)
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static ByteArrayContent Multipart(string boundaryHeader, string body)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", boundaryHeader);
        return content;
    }

    [Theory]
    [InlineData("api/layers/sites", Roles.Gis)]
    [InlineData("api/progress", Roles.Planer)]
    public async Task Malformed_multipart_bodies_are_400_naming_the_form(string path, string role)
    {
        using var client = fixture.Client(role);
        foreach (var (type, body) in new[]
        {
            ("multipart/form-data; boundary=xyz", "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nabc"),
            ("multipart/form-data; boundary=xyz", "garbage without any boundary"),
            ("multipart/form-data", "--xyz\r\n\r\n--xyz--"),
            ("multipart/form-data; boundary=xyz", "--xyz\r\nContent-Disposition: form-data\r\n\r\n\r\n--xyz--\r\n"),
        })
        {
            var problem = await ExpectAsync(fixture, client, Send("POST", path, Multipart(type, body)), HttpStatusCode.BadRequest);
            Assert.Contains("multipart", problem, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("sites", """{"priority":"3"}""", "priority")]
    [InlineData("sites", """{"inScope":"yes"}""", "true oder false")]
    [InlineData("sites", """{"demandMbps":[1]}""", "demandMbps")]
    [InlineData("sites", """{"pinnedTechnology":7}""", "pinnedTechnology")]
    [InlineData("sites", """{"priority":""", "kein gültiges JSON")]
    [InlineData("sites", "[1,2]", "JSON-Objekt")]
    [InlineData("routes", """{"fibreCount":"x"}""", "fibreCount")]
    [InlineData("routes", """{"owner":null}""", "owner")]
    public async Task Patch_bodies_of_the_wrong_type_are_400_naming_the_field(string collection, string body, string named)
    {
        var id = collection == "sites" ? fixture.SiteId : fixture.RouteId;
        using var client = fixture.Client(Roles.Gis);
        var problem = await ExpectAsync(fixture, client, Send("PATCH", $"api/{collection}/{id}", Json(body)), HttpStatusCode.BadRequest);
        Assert.Contains(named, problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("api/progress?fileName=%20", "fileName")]
    [InlineData("api/progress?fileName=ordner/", "fileName")]
    public async Task A_blank_progress_file_name_is_400(string path, string named)
    {
        using var client = fixture.Client(Roles.Planer);
        var body = new StringContent("trasse_id,meter_gebaut,stand\n", Encoding.UTF8, "text/csv");
        Assert.Contains(named, await ExpectAsync(fixture, client, Send("POST", path, body), HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("api/sites?limit=abc", "limit")]
    [InlineData("api/kpis/history?from=garbage", "from")]
    [InlineData("api/compare", "versions")]
    [InlineData("api/compare?versions=,", "versions")]
    [InlineData("api/plans/1/sites?offset=-1", "offset")]
    public async Task Bad_query_parameters_are_400_with_a_detail_naming_them(string path, string named)
    {
        using var client = fixture.Client();
        Assert.Contains(named, await ExpectAsync(fixture, client, Get(path), HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upload_with_a_bad_flag_is_400_naming_it()
    {
        using var client = fixture.Client(Roles.Gis);
        var problem = await ExpectAsync(fixture, client, Send("POST", "api/layers/hubs?removeMissing=maybe", Json("{}")), HttpStatusCode.BadRequest);
        Assert.Contains("removeMissing", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bbox=-Infinity,50,Infinity,52")]
    [InlineData("bbox=-1e308,-1e308,1e308,1e308")]
    [InlineData("bbox=1e309,1,2,3")]
    [InlineData("bbox=NaN,1,2,3")]
    [InlineData("bbox=7,50,8,91")]
    [InlineData("bbox=-181,50,8,52")]
    [InlineData("bbox=8,52,7,50")]
    [InlineData("bbox=1,2,3")]
    [InlineData("bbox=1e8,0,1e8,1&bbox-crs=EPSG:25832")]
    [InlineData("limit=0")]
    [InlineData("limit=abc")]
    [InlineData("offset=-5")]
    [InlineData("unbekannt=1")]
    [InlineData("crs=EPSG:3857")]
    public async Task Bad_ogc_queries_are_400(string query)
    {
        using var client = fixture.Client();
        await ExpectAsync(fixture, client, Get("ogc/collections/sites/items?" + query), HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("ogc/collections/sites/items?f=html")]
    [InlineData("ogc/collections/sites?f=xml")]
    [InlineData("ogc?f=html")]
    public async Task Formats_other_than_json_are_406(string path)
    {
        using var client = fixture.Client();
        await ExpectAsync(fixture, client, Get(path), HttpStatusCode.NotAcceptable);
    }

    [Theory]
    [InlineData("bbox=-180,-90,180,90")]
    [InlineData("bbox=-180,-90,180,90&f=json")]
    [InlineData("bbox=-180,-90,0,180,90,1000")]
    public async Task The_world_bbox_returns_every_site(string query)
    {
        using var client = fixture.Client();
        using var page = JsonDocument.Parse(await ExpectAsync(fixture, client, Get("ogc/collections/sites/items?limit=10000&" + query), HttpStatusCode.OK));
        Assert.Equal(fixture.SiteCount, page.RootElement.GetProperty("numberMatched").GetInt32());
    }

    [Fact]
    public async Task A_box_away_from_the_data_returns_nothing()
    {
        using var client = fixture.Client();
        using var page = JsonDocument.Parse(await ExpectAsync(fixture, client, Get("ogc/collections/sites/items?bbox=-80,-50,-70,-40"), HttpStatusCode.OK));
        Assert.Equal(0, page.RootElement.GetProperty("numberMatched").GetInt32());
    }

    [Fact]
    public async Task A_forged_host_header_never_reaches_the_links()
    {
        using var client = fixture.Client();
        foreach (var path in new[] { "ogc", "ogc/collections", "ogc/collections/sites/items?limit=1", $"ogc/collections/sites/items/{fixture.SiteId}" })
        {
            var request = Get(path);
            request.Headers.Host = "evil.example";
            var body = await ExpectAsync(fixture, client, request, HttpStatusCode.OK);
            Assert.DoesNotContain("evil.example", body, StringComparison.Ordinal);
            Assert.Contains("\"href\":\"/ogc", body, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("POST", "api/plans/-1/replan?from=2027-01-01")]
    [InlineData("POST", "api/plans/987654/replan?from=2027-01-01")]
    public async Task A_replan_of_a_missing_version_is_404_at_once(string method, string path)
    {
        using var client = fixture.Client(Roles.Planer);
        await ExpectAsync(fixture, client, Send(method, path, Json("{}")), HttpStatusCode.NotFound);
        using var jobs = JsonDocument.Parse(await client.GetStringAsync(new Uri("api/jobs", UriKind.Relative)));
        Assert.DoesNotContain(jobs.RootElement.EnumerateArray(), j => j.GetRawText().Contains("987654", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_comparison_with_a_missing_version_is_404()
    {
        using var client = fixture.Client();
        await ExpectAsync(fixture, client, Get($"api/compare?versions={fixture.PlanVersion},987654"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Huge_ids_and_many_bad_rows_are_echoed_capped()
    {
        using var client = fixture.Client(Roles.Gis);
        var huge = new string('x', 1_000_000);
        var patch = await ExpectAsync(fixture, client, Send("PATCH", $"api/sites/{fixture.SiteId}", Json($"{{\"{huge}a\":1,\"{huge}b\":2}}")), HttpStatusCode.BadRequest);
        Assert.True(patch.Length < 20_000, $"echo of two 1 MB names: {patch.Length} characters");

        var rows = new StringBuilder("trasse_id,meter_gebaut,stand\n");
        for (var i = 0; i < 50_000; i++)
        {
            rows.Append("gibt-es-nicht-").Append(i).Append(",1,2020-01-01\n");
        }

        using var planer = fixture.Client(Roles.Planer);
        var problem = await ExpectAsync(fixture, planer, Send("POST", "api/progress?fileName=viele.csv", new StringContent(rows.ToString(), Encoding.UTF8, "text/csv")),
            HttpStatusCode.BadRequest);
        Assert.True(problem.Length < 100_000, $"echo of 50,000 bad rows: {problem.Length} characters");
        using var doc = JsonDocument.Parse(problem);
        Assert.True(doc.RootElement.GetProperty("errorCount").GetInt32() >= 50_000);
        Assert.Equal(Web.Errors.Problems.MaxErrors, doc.RootElement.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public async Task Every_answer_carries_the_security_headers_and_no_server_name()
    {
        using var client = fixture.Client();
        foreach (var path in new[] { "health", "api/sites?limit=1", "ogc", "api/sites/gibt-es-nicht" })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            var csp = response.Headers.GetValues("Content-Security-Policy").Single().Split(';', StringSplitOptions.TrimEntries);
            Assert.Equal("script-src 'self'", csp.Single(d => d.StartsWith("script-src", StringComparison.Ordinal)));
            Assert.Contains("frame-ancestors 'none'", csp);
            Assert.DoesNotContain(csp, d => d.Contains("unsafe-eval", StringComparison.Ordinal));
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
            Assert.False(response.Headers.Contains("Server"), $"{path}: Server header {string.Join(",", response.Headers.TryGetValues("Server", out var s) ? s : [])}");
        }
    }

    [Fact]
    public async Task The_server_is_healthy_after_the_probes()
    {
        using var client = fixture.Client();
        using var response = await client.GetAsync(new Uri("health", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
