namespace Infra.Web.Security;

/// <summary>
/// The <c>Web:RateLimit</c> configuration section: fixed one-minute windows per caller for writes and per client
/// address for failed authentication, and a cap on refused requests written to the audit log (docs/security.md).
/// </summary>
public sealed class RateLimitSettings
{
    public const string Section = "Web:RateLimit";

    /// <summary>Writes (any method but GET/HEAD/OPTIONS) per minute per signed-in caller, or per client address when anonymous.</summary>
    public int WritesPerMinute { get; set; } = 120;

    /// <summary>Requests with a wrong key or token per minute per client address.</summary>
    public int FailedAuthPerMinute { get; set; } = 10;

    /// <summary>Refused requests (401/403, failed authentication) recorded in the audit log per minute, over all callers.</summary>
    public int RefusedAuditPerMinute { get; set; } = 60;
}
