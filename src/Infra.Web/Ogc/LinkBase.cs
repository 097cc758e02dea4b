using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Infra.Web.Ogc;

/// <summary>
/// The base of links the API writes (OGC self/next/collection links): <c>Web:PublicBaseUrl</c> when set (e.g.
/// https://infra.stadt.example), else relative to the app's path base. The request's Host header is never used, so a
/// forged Host cannot end up in links that clients follow.
/// </summary>
internal sealed class LinkBase(IConfiguration configuration)
{
    public const string Setting = "Web:PublicBaseUrl";

    private readonly string? configured = Normalise(configuration[Setting]);

    public static string Of(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.RequestServices.GetRequiredService<LinkBase>().configured ?? http.Request.PathBase.Value ?? "";
    }

    private static string? Normalise(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null
        : Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri.GetLeftPart(UriPartial.Path).TrimEnd('/')
            : throw new InvalidOperationException($"{Setting} must be an absolute http(s) address, was '{value}'");
}
