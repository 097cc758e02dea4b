using System.Threading.RateLimiting;

namespace Infra.Web.Security;

/// <summary>The budget of refused requests the audit log records per minute (<see cref="RateLimitSettings.RefusedAuditPerMinute"/>).</summary>
internal sealed class RefusedAudit(RateLimitSettings settings) : IDisposable
{
    private readonly FixedWindowRateLimiter limiter = new(new FixedWindowRateLimiterOptions
    {
        PermitLimit = Math.Max(1, settings.RefusedAuditPerMinute),
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
    });

    public bool TryAcquire()
    {
        using var lease = limiter.AttemptAcquire();
        return lease.IsAcquired;
    }

    public void Dispose() => limiter.Dispose();
}
