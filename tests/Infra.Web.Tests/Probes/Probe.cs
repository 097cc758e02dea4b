using System.Net;
using System.Text.Json;

namespace Infra.Web.Tests.Probes;

/// <summary>Replays one request against the running app: the documented status, a German problem for refusals, nothing written.</summary>
internal static class Probe
{
    /// <summary>Sends <paramref name="request"/>, asserts <paramref name="expected"/> and (for 4xx) an unchanged database; returns the body.</summary>
    public static async Task<string> ExpectAsync(ProbeFixture fixture, HttpClient client, HttpRequestMessage request, HttpStatusCode expected)
    {
        var before = fixture.Fingerprint();
        var what = $"{request.Method} {request.RequestUri}";
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{what}: expected {(int)expected}, got {(int)response.StatusCode}: {Cut(body)}");
        if ((int)expected >= 400)
        {
            Assert.True(before == fixture.Fingerprint(), $"{what}: the database changed although the request was refused");
            if (expected != HttpStatusCode.Unauthorized)
            {
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                using var problem = JsonDocument.Parse(body);
                Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("detail").GetString()), $"{what}: a problem without detail");
            }
        }

        return body;
    }

    public static HttpRequestMessage Get(string path) => new(HttpMethod.Get, path);

    public static HttpRequestMessage Send(string method, string path, HttpContent content) => new(new HttpMethod(method), path) { Content = content };

    public static string Cut(string text) => text.Length > 400 ? text[..400] + "…" : text;
}
