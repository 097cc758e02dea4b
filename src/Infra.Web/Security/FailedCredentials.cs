namespace Infra.Web.Security;

/// <summary>
/// A request with a wrong key or token is answered 401 even where anonymous reads are allowed: the caller meant to
/// sign in, and must learn that it did not (without which check failed).
/// </summary>
internal static class FailedCredentials
{
    public static IApplicationBuilder UseFailedCredentialsRefusal(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.GetEndpoint() is not null && RequestLimits.FailedAuthentication(context))
        {
            await Microsoft.AspNetCore.Authentication.AuthenticationHttpContextExtensions.ChallengeAsync(context);
            return;
        }

        await next(context);
    });
}
