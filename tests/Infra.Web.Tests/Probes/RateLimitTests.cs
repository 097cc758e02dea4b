using System.Net;
using System.Text;
using Infra.Web.Auth;
using Infra.Web.Tests.Support;
using Microsoft.AspNetCore.TestHost;

namespace Infra.Web.Tests.Probes;

/// <summary>The rate limiter on writes and on failed authentication: 429 with Retry-After, before anything is written or logged.</summary>
[Collection(ProbeTestGroup.Name)]
public sealed class RateLimitTests(ProbeFixture fixture)
{
    [Fact]
    public async Task Writes_past_the_limit_are_429_with_retry_after_and_reads_go_on()
    {
        await using var app = await WebAppFixture.StartAsync(new WebOptions
        {
            Database = fixture.Database, DataFolder = fixture.DataFolder, EnableJobs = false,
            Args = ["--Web:RateLimit:WritesPerMinute=3", "--Web:RateLimit:FailedAuthPerMinute=2"],
        });
        using var gis = app.GetTestClientWithKey(fixture.Credentials.ApiKeys.First(k => k.Role == Roles.Gis).Key);
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 5; i++)
        {
            last?.Dispose();
            last = await gis.PatchAsync(new Uri($"/api/sites/{fixture.SiteId}", UriKind.Relative), new StringContent("""{"priority":"x"}""", Encoding.UTF8, "application/json"));
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        var retry = last!.Headers.RetryAfter?.Delta;
        Assert.True(retry is { TotalSeconds: > 0 and <= 60 }, $"Retry-After: {last.Headers.RetryAfter}");
        Assert.Contains("erneut versuchen", await last.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        last.Dispose();
        Assert.Equal(HttpStatusCode.OK, (await gis.GetAsync(new Uri("/api/sites?limit=1", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Failed_authentication_past_the_limit_is_429_with_retry_after()
    {
        await using var app = await WebAppFixture.StartAsync(new WebOptions
        {
            Database = fixture.Database, DataFolder = fixture.DataFolder, EnableJobs = false,
            Args = ["--Web:RateLimit:FailedAuthPerMinute=2"],
        });
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var guess = app.GetTestClientWithKey("rate-" + i);
            using var response = await guess.GetAsync(new Uri("/api/sites?limit=1", UriKind.Relative));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.NotNull(response.Headers.RetryAfter);
            }
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }
}
