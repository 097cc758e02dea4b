namespace Infra.Web.Auth;

/// <summary>The <c>Auth</c> configuration section.</summary>
public sealed class AuthSettings
{
    /// <summary>Reads without credentials (the demo dashboard); writes always need a key or token.</summary>
    public bool AllowAnonymousRead { get; set; } = true;

    /// <summary>Create and use data/credentials.json (one key per role, a JWT signing key) when nothing is configured.</summary>
    public bool DemoCredentials { get; set; } = true;

    /// <summary>API keys for the X-Api-Key header.</summary>
    public List<ApiKeyEntry> ApiKeys { get; set; } = [];

    public JwtSettings Jwt { get; set; } = new();
}

/// <summary>One API key: who it is, its role, the secret.</summary>
public sealed class ApiKeyEntry
{
    public string Name { get; set; } = "";

    public string Role { get; set; } = Roles.Betrachter;

    public string Key { get; set; } = "";
}

/// <summary>JWT bearer validation: HMAC-SHA256 with a symmetric key from configuration (at least 32 bytes, never in the repo).</summary>
public sealed class JwtSettings
{
    public string? SigningKey { get; set; }

    public string Issuer { get; set; } = "infra";

    public string Audience { get; set; } = "infra-api";

    /// <summary>Largest accepted <see cref="ClockSkewSeconds"/>: an expired token is refused at most this long after its expiry.</summary>
    public const int MaxClockSkewSeconds = 30;

    /// <summary>Tolerance for clocks that differ between issuer and service (0–30 s; larger values are cut to 30).</summary>
    public int ClockSkewSeconds { get; set; } = MaxClockSkewSeconds;
}
