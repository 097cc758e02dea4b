using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Infra.Web.Auth;
using Infra.Web.Tests.Support;

namespace Infra.Web.Tests.Api;

/// <summary>Hangfire's dashboard at /hangfire: the Planer role only, by key, token or (for browsers) HTTP Basic with a Planer key.</summary>
[Collection(WebTestGroup.Name)]
public sealed class HangfireDashboardTests(WebAppFixture fixture)
{
    private static readonly Uri Dashboard = new("/hangfire/", UriKind.Relative);

    [Fact]
    public async Task Without_credentials_the_dashboard_asks_a_browser_for_a_key()
    {
        using var response = await fixture.Client().GetAsync(Dashboard);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Basic", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
    }

    [Fact]
    public async Task Other_roles_are_refused_and_their_keys_do_not_open_it_as_basic_password()
    {
        foreach (var role in new[] { Roles.Gis, Roles.Betrachter })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Client(role).GetAsync(Dashboard)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await fixture.BearerClient(role).GetAsync(Dashboard)).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await Basic(fixture.Key(role)).GetAsync(Dashboard)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await Basic("kein-schluessel").GetAsync(Dashboard)).StatusCode);
    }

    [Fact]
    public async Task A_planer_key_token_or_basic_password_opens_it()
    {
        foreach (var client in new[] { fixture.Client(Roles.Planer), fixture.BearerClient(Roles.Planer), Basic(fixture.Key(Roles.Planer)) })
        {
            using var response = await client.GetAsync(Dashboard);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Hintergrundaufträge", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        using var recurring = await Basic(fixture.Key(Roles.Planer)).GetAsync(new Uri("/hangfire/recurring", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, recurring.StatusCode);
    }

    [Fact]
    public async Task A_dashboard_action_without_its_antiforgery_token_is_refused_even_for_a_planer()
    {
        using var form = new FormUrlEncodedContent([new KeyValuePair<string, string>("jobs[]", "kpi-snapshot")]);

        using var response = await Basic(fixture.Key(Roles.Planer)).PostAsync(new Uri("/hangfire/recurring/trigger", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private HttpClient Basic(string password)
    {
        var client = fixture.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("planer:" + password)));
        return client;
    }
}
