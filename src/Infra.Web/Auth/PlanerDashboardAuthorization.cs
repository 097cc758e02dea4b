using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Hangfire.Dashboard;

namespace Infra.Web.Auth;

/// <summary>
/// Lets only the Planer role into the Hangfire dashboard: a Planer API key or bearer token (the app's own schemes, for
/// scripts), or, for a browser following the link on our dashboard, HTTP Basic with a Planer API key as the password
/// (the browser asks once and remembers it for the dashboard's pages). Basic is accepted here only, not by the API.
/// </summary>
internal sealed class PlanerDashboardAuthorization(CredentialSet credentials) : IDashboardAsyncAuthorizationFilter
{
    public Task<bool> AuthorizeAsync(DashboardContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.GetHttpContext();
        if (http.User.IsInRole(Roles.Planer) || IsPlanerKey(BasicPassword(http.Request)))
        {
            return Task.FromResult(true);
        }

        // Hangfire answers 401 (403 for a signed-in other role); the header makes a browser ask for the key.
        http.Response.Headers.WWWAuthenticate = "Basic realm=\"Infra Hangfire (Planer)\", charset=\"UTF-8\"";
        return Task.FromResult(false);
    }

    private bool IsPlanerKey(string? given)
    {
        if (string.IsNullOrEmpty(given))
        {
            return false;
        }

        var bytes = Encoding.UTF8.GetBytes(given);
        // Fixed-time comparison, as for the X-Api-Key header.
        return credentials.ApiKeys.Any(k => k.Role == Roles.Planer && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(k.Key), bytes));
    }

    private static string? BasicPassword(HttpRequest request)
    {
        if (!AuthenticationHeaderValue.TryParse(request.Headers.Authorization.ToString(), out var header)
            || !string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase) || header.Parameter is null)
        {
            return null;
        }

        try
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter));
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            return colon < 0 ? null : pair[(colon + 1)..];
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
