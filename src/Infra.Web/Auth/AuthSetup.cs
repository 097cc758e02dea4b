using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Infra.Web.Auth;

/// <summary>API keys or JWT bearer tokens, role policies, and a token maker for the demo and tests.</summary>
public static class AuthSetup
{
    private const string SelectorScheme = "Infra";

    internal static CredentialSet AddInfraAuth(this IServiceCollection services, IConfiguration configuration, string dataFolder)
    {
        var settings = configuration.GetSection("Auth").Get<AuthSettings>() ?? new AuthSettings();
        var demo = settings.DemoCredentials && (settings.ApiKeys.Count == 0 || string.IsNullOrEmpty(settings.Jwt.SigningKey))
            ? DemoCredentials.LoadOrCreate(dataFolder)
            : null;
        var keys = settings.ApiKeys.Where(k => !string.IsNullOrEmpty(k.Key)).ToList();
        if (keys.Count == 0 && demo is not null)
        {
            keys.AddRange(demo.ApiKeys);
        }

        // Without any configured key, tokens are still validated against a random per-process key (i.e. none is accepted).
        var signingKey = settings.Jwt.SigningKey ?? demo?.JwtSigningKey ?? DemoCredentials.NewSecret(48);
        var credentials = new CredentialSet(keys, signingKey, settings.Jwt, demo);
        services.AddSingleton(credentials);
        services.AddSingleton(settings);

        services.AddAuthentication(SelectorScheme)
            .AddPolicyScheme(SelectorScheme, "API key or bearer token", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? JwtBearerDefaults.AuthenticationScheme
                    : ApiKeyHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyHandler>(ApiKeyHandler.SchemeName, null)
            .AddJwtBearer(o =>
            {
                o.MapInboundClaims = false;
                // The challenge says "Bearer" and nothing about which check failed (expiry, signature, issuer …).
                o.IncludeErrorDetails = false;
                o.TokenValidationParameters = new TokenValidationParameters
                {
                    ClockSkew = TimeSpan.FromSeconds(Math.Clamp(settings.Jwt.ClockSkewSeconds, 0, JwtSettings.MaxClockSkewSeconds)),
                    ValidAlgorithms = [SecurityAlgorithms.HmacSha256],   // what CreateToken issues; HS384/HS512/none are refused
                    RequireExpirationTime = true,
                    RequireSignedTokens = true,
                    ValidIssuer = settings.Jwt.Issuer,
                    ValidAudience = settings.Jwt.Audience,
                    IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)),
                    NameClaimType = "sub",
                    RoleClaimType = "role",
                };
            });

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Read, p => p.RequireAssertion(c => settings.AllowAnonymousRead || c.User.Identity?.IsAuthenticated == true))
            .AddPolicy(Policies.Planer, p => p.RequireRole(Policies.RolesOf[Policies.Planer]))
            .AddPolicy(Policies.Gis, p => p.RequireRole(Policies.RolesOf[Policies.Gis]))
            .AddPolicy(Policies.PlanerOrGis, p => p.RequireRole(Policies.RolesOf[Policies.PlanerOrGis]));
        return credentials;
    }

    /// <summary>A signed bearer token for <paramref name="subject"/> in <paramref name="role"/>, valid for <paramref name="lifetime"/>.</summary>
    public static string CreateToken(CredentialSet credentials, string subject, string role, TimeProvider time, TimeSpan lifetime)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(time);
        var now = time.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = credentials.Jwt.Issuer,
            Audience = credentials.Jwt.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            Claims = new Dictionary<string, object> { ["sub"] = subject, ["role"] = role },
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(credentials.JwtSigningKey)), SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>The caller's name and role for the audit log.</summary>
    public static (string Actor, string Role) Caller(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var name = user.Identity?.Name ?? user.FindFirst("sub")?.Value ?? "anonym";
        var role = Roles.All.FirstOrDefault(user.IsInRole) ?? "";
        return (name, role);
    }
}
