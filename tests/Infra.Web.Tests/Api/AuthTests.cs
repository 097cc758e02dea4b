using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Infra.Web.Auth;
using Infra.Web.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Infra.Web.Tests.Api;

[Collection(WebTestGroup.Name)]
public sealed class AuthTests(WebAppFixture fixture)
{
    /// <summary>Every endpoint that writes, read from the app's endpoint data sources, so a new one cannot be missed.</summary>
    private (string Method, RouteEndpoint Endpoint)[] WriteEndpoints() =>
        ((IEndpointRouteBuilder)fixture.App).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => (Method: m, Endpoint: e)))
            .Where(x => !HttpMethods.IsGet(x.Method) && !HttpMethods.IsHead(x.Method) && !HttpMethods.IsOptions(x.Method))
            .ToArray();

    [Fact]
    public void There_are_write_endpoints_and_each_requires_a_write_policy()
    {
        var writes = WriteEndpoints();
        Assert.True(writes.Length >= 3, "expected the layer upload and the edit endpoints at least");
        foreach (var (method, endpoint) in writes)
        {
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).ToArray();
            Assert.True(policies.Any(p => p is not null && Policies.RolesOf.ContainsKey(p)),
                $"{method} {endpoint.RoutePattern.RawText} has no write policy (found: {string.Join(", ", policies)})");
        }
    }

    [Fact]
    public async Task Every_write_endpoint_answers_401_without_credentials_and_403_for_the_wrong_roles()
    {
        var anonymous = fixture.Client();
        foreach (var (method, endpoint) in WriteEndpoints())
        {
            var path = Fill(endpoint);
            var response = await anonymous.SendAsync(Request(method, path));
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path} without credentials: {response.StatusCode}");

            var allowed = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>()
                .Select(a => a.Policy).Where(p => p is not null && Policies.RolesOf.ContainsKey(p!))
                .SelectMany(p => Policies.RolesOf[p!]).ToHashSet();
            foreach (var role in Roles.All.Where(r => !allowed.Contains(r)))
            {
                var wrong = await fixture.Client(role).SendAsync(Request(method, path));
                Assert.True(wrong.StatusCode == HttpStatusCode.Forbidden, $"{method} {path} as {role}: {wrong.StatusCode}");
                var token = await fixture.BearerClient(role).SendAsync(Request(method, path));
                Assert.True(token.StatusCode == HttpStatusCode.Forbidden, $"{method} {path} with a {role} token: {token.StatusCode}");
            }
        }
    }

    [Fact]
    public async Task A_wrong_api_key_or_a_foreign_token_is_401()
    {
        var client = fixture.Client();
        client.DefaultRequestHeaders.Add(ApiKeyHandler.HeaderName, "not-a-key");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(Request("PATCH", "/api/sites/BIB-0001"))).StatusCode);

        var foreign = fixture.Client();
        var other = Credentials.With(fixture.Credentials, DemoCredentials.NewSecret(48));
        foreign.DefaultRequestHeaders.Authorization = new("Bearer", AuthSetup.CreateToken(other, "x", Roles.Planer, TimeProvider.System, TimeSpan.FromMinutes(5)));
        Assert.Equal(HttpStatusCode.Unauthorized, (await foreign.SendAsync(Request("PATCH", "/api/sites/BIB-0001"))).StatusCode);
    }

    [Fact]
    public async Task Reads_are_anonymous_in_the_demo_and_the_audit_log_is_not()
    {
        Assert.Equal(HttpStatusCode.OK, (await fixture.Client().GetAsync(new Uri("/api/sites?limit=1", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Client().GetAsync(new Uri("/api/audit", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Client(Roles.Betrachter).GetAsync(new Uri("/api/audit", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_write_with_a_token_is_recorded_in_the_audit_log_with_who_what_and_counts()
    {
        var client = fixture.BearerClient(Roles.Planer);
        var response = await client.PatchAsJsonAsync(new Uri("/api/sites/BIB-0002", UriKind.Relative), new { priority = 1, demandMbps = 250 });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bad = await client.PatchAsJsonAsync(new Uri("/api/sites/BIB-0002", UriKind.Relative), new { priority = 7 });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);

        using var audit = JsonDocument.Parse(await fixture.Client(Roles.Gis).GetStringAsync(new Uri("/api/audit?limit=5", UriKind.Relative)));
        var items = audit.RootElement.GetProperty("items").EnumerateArray().ToArray();
        var failed = items[0];
        Assert.Equal("test-Planer", failed.GetProperty("actor").GetString());
        Assert.Equal(400, failed.GetProperty("status").GetInt32());
        var done = items[1];
        Assert.Equal("Planer", done.GetProperty("role").GetString());
        Assert.Equal("PATCH", done.GetProperty("method").GetString());
        Assert.Equal("site-edit BIB-0002", done.GetProperty("action").GetString());
        Assert.Equal(2, done.GetProperty("counts").GetProperty("fields").GetInt32());
        Assert.Equal(200, done.GetProperty("status").GetInt32());
    }

    private static HttpRequestMessage Request(string method, string path) => new(new HttpMethod(method), path)
    {
        Content = new StringContent("{}", Encoding.UTF8, "application/json"),
    };

    /// <summary>A concrete path for a route pattern: known parameter names get real values, others a placeholder.</summary>
    private static string Fill(RouteEndpoint endpoint)
    {
        var path = "/" + string.Join("/", endpoint.RoutePattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart l => l.Content,
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart p => p.Name switch
            {
                "name" => "hubs",
                "id" => "BIB-0001",
                "version" or "v" => "1",
                _ => "x",
            },
            _ => "",
        }))));
        return path;
    }

    private static class Credentials
    {
        public static CredentialSet With(CredentialSet set, string signingKey) => set with { JwtSigningKey = signingKey };
    }
}
