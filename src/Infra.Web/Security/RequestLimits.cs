using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Infra.Web.Security;

/// <summary>
/// ASP.NET Core's rate limiter on writes and on failed authentication: past the limit a request gets 429 with
/// <c>Retry-After</c> (seconds) before it reaches an endpoint or the audit log. Reads are not limited.
/// </summary>
internal static class RequestLimits
{
    public static RateLimitSettings AddRequestLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(RateLimitSettings.Section).Get<RateLimitSettings>() ?? new RateLimitSettings();
        services.AddSingleton(settings);
        services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, settings));
            o.OnRejected = async (rejected, ct) =>
            {
                var response = rejected.HttpContext.Response;
                var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds)) : 60;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await Results.Problem(Problems.Create(StatusCodes.Status429TooManyRequests, "Zu viele Anfragen",
                    $"Zu viele Schreibzugriffe oder fehlgeschlagene Anmeldungen; bitte in {seconds} s erneut versuchen.")).ExecuteAsync(rejected.HttpContext);
            };
        });
        return settings;
    }

    /// <summary>True when the request carries a key or token that did not authenticate.</summary>
    public static bool FailedAuthentication(HttpContext context) =>
        context.User.Identity?.IsAuthenticated != true
        && (!string.IsNullOrEmpty(context.Request.Headers[Auth.ApiKeyHandler.HeaderName]) || !string.IsNullOrEmpty(context.Request.Headers.Authorization));

    public static bool IsWrite(HttpRequest request) =>
        !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method));

    private static RateLimitPartition<string> Partition(HttpContext context, RateLimitSettings settings)
    {
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "local";
        if (FailedAuthentication(context))
        {
            return Window("auth-failed " + address, settings.FailedAuthPerMinute);
        }

        if (IsWrite(context.Request))
        {
            var caller = context.User.Identity?.IsAuthenticated == true ? "user " + AuthSetup.Caller(context.User).Actor : "anonymous " + address;
            return Window("write " + caller, settings.WritesPerMinute);
        }

        return RateLimitPartition.GetNoLimiter("read");
    }

    private static RateLimitPartition<string> Window(string key, int permits) => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
    {
        PermitLimit = Math.Max(1, permits),
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
    });
}
