using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Infra.Web.Auth;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using static Infra.Web.Tests.Probes.Probe;

namespace Infra.Web.Tests.Probes;

/// <summary>Token probes (skew, algorithm, challenge text) and the audit of refused writes, against the real Kestrel.</summary>
[Collection(ProbeTestGroup.Name)]
public sealed class AuthProbeTests(ProbeFixture fixture)
{
    private sealed class At(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private HttpRequestMessage Replan(string token)
    {
        var request = Send("POST", $"api/plans/{fixture.PlanVersion}/replan?from=2027-01-01", new StringContent("{}", Encoding.UTF8, "application/json"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    [Theory]
    [InlineData(60)]
    [InlineData(290)]
    [InlineData(31 + 5)]
    public async Task A_token_expired_more_than_30_seconds_ago_is_refused_with_a_generic_challenge(int secondsAgo)
    {
        var now = TimeProvider.System.GetUtcNow();
        var token = AuthSetup.CreateToken(fixture.Credentials, "alt", Roles.Planer, new At(now.AddSeconds(-secondsAgo - 600)), TimeSpan.FromSeconds(600));
        using var client = fixture.Client();
        using var response = await client.SendAsync(Replan(token));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().ToString());
    }

    [Theory]
    [InlineData(SecurityAlgorithms.HmacSha512)]
    [InlineData(SecurityAlgorithms.HmacSha384)]
    public async Task A_token_signed_with_another_algorithm_is_refused(string algorithm)
    {
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = fixture.Credentials.Jwt.Issuer,
            Audience = fixture.Credentials.Jwt.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(5),
            Claims = new Dictionary<string, object> { ["sub"] = "fremd", ["role"] = Roles.Planer },
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(fixture.Credentials.JwtSigningKey.PadRight(64, 'x'))), algorithm),
        });
        using var client = fixture.Client();
        var before = fixture.Fingerprint();
        using var response = await client.SendAsync(Replan(token));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().ToString());
        Assert.Equal(before, fixture.Fingerprint());
    }

    [Fact]
    public async Task A_valid_token_inside_its_lifetime_is_accepted()
    {
        var token = AuthSetup.CreateToken(fixture.Credentials, "gueltig", Roles.Planer, TimeProvider.System, TimeSpan.FromMinutes(5));
        using var client = fixture.Client();
        using var response = await client.SendAsync(Replan(token));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task Refused_writes_and_failed_authentication_are_in_the_audit_log()
    {
        using var anonymous = fixture.Client();
        await ExpectAsync(fixture, anonymous, Send("PATCH", $"api/sites/{fixture.SiteId}", new StringContent("{}", Encoding.UTF8, "application/json")),
            HttpStatusCode.Unauthorized);
        using var viewer = fixture.Client(Roles.Betrachter);
        await ExpectAsync(fixture, viewer, Send("PATCH", $"api/sites/{fixture.SiteId}", new StringContent("{}", Encoding.UTF8, "application/json")),
            HttpStatusCode.Forbidden);
        using var wrongKey = fixture.Client();
        wrongKey.DefaultRequestHeaders.Add(ApiKeyHandler.HeaderName, "falscher-schluessel");
        await ExpectAsync(fixture, wrongKey, Get("api/sites?limit=1"), HttpStatusCode.Unauthorized);

        using var gis = fixture.Client(Roles.Gis);
        using var audit = JsonDocument.Parse(await gis.GetStringAsync(new Uri("api/audit?limit=20", UriKind.Relative)));
        var items = audit.RootElement.GetProperty("items").EnumerateArray().ToArray();
        Assert.Contains(items, i => i.GetProperty("status").GetInt32() == 401 && i.GetProperty("action").GetString()!.StartsWith("refused", StringComparison.Ordinal)
            && i.GetProperty("method").GetString() == "PATCH");
        Assert.Contains(items, i => i.GetProperty("status").GetInt32() == 403 && i.GetProperty("action").GetString()!.StartsWith("refused", StringComparison.Ordinal));
        var failed = items.First(i => i.GetProperty("action").GetString()!.StartsWith("auth-failed", StringComparison.Ordinal));
        Assert.Equal("ApiKey", failed.GetProperty("counts").GetProperty("scheme").GetString());
        Assert.DoesNotContain("falscher-schluessel", audit.RootElement.GetRawText(), StringComparison.Ordinal);
    }
}
