using Infra.Core.Plans;
using Infra.Data.Plans;

namespace Infra.Web.Endpoints.Plans;

/// <summary>
/// The newest plan version, looked up at most every <see cref="MaxAge"/>: the KPI and OGC plan endpoints are polled,
/// and a plan saved by a solve job may show a few seconds late.
/// </summary>
public sealed class LatestPlan(PlanStore store, TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);

    private (Task<PlanVersion?> Plan, DateTimeOffset At)? current;

    public Task<PlanVersion?> GetAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var entry = current;
        if (entry is not { } e || now - e.At > MaxAge || e.Plan.IsFaulted)
        {
            entry = (store.LatestAsync(null, CancellationToken.None), now);
            current = entry;
        }

        return entry.Value.Plan.WaitAsync(ct);
    }
}
