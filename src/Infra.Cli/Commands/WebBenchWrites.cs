using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Infra.Web.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Infra.Cli.Commands;

/// <summary>
/// The writes of the mixed benchmark profile, both idempotent so that the data stays as it is: the hubs layer uploaded
/// as it was downloaded (EPSG:25832, exact), and one progress report sent again and again (recognised by its hash).
/// </summary>
internal static class WebBenchWrites
{
    public static async Task<IReadOnlyList<BenchTarget>> CreateAsync(WebApplication app, HttpClient client, int rate, CancellationToken ct)
    {
        var credentials = app.Services.GetRequiredService<CredentialSet>();
        string Key(string role) => credentials.ApiKeys.First(k => k.Role == role).Key;
        var hubs = await client.GetByteArrayAsync(new Uri("/api/layers/hubs?crs=EPSG:25832", UriKind.Relative), ct).ConfigureAwait(false);
        var siteId = await FirstSiteAsync(client, ct).ConfigureAwait(false);
        var today = app.Services.GetRequiredService<TimeProvider>().GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var report = Encoding.UTF8.GetBytes($"liegenschaft_id,meilenstein,geplant,ist,status\n{siteId},planung,{today},,offen\n");

        HttpRequestMessage Post(string path, byte[] body, string type, string role)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(type);
            request.Headers.Add("X-Api-Key", Key(role));   // ApiKeyHandler.HeaderName (internal to Infra.Web)
            return request;
        }

        return
        [
            new BenchTarget("POST /api/layers/hubs (unverändert)", rate, () => Post("/api/layers/hubs?crs=EPSG:25832", hubs, "application/geo+json", Roles.Gis), true),
            new BenchTarget("POST /api/progress (derselbe Bericht)", rate, () => Post("/api/progress?fileName=bench.csv", report, "text/csv", Roles.Planer), true),
        ];
    }

    private static async Task<string> FirstSiteAsync(HttpClient client, CancellationToken ct)
    {
        using var sites = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/sites?limit=1", UriKind.Relative), ct).ConfigureAwait(false));
        return sites.RootElement.GetProperty("items")[0].GetProperty("id").GetString()!;
    }
}
