using Infra.Core.Plans;
using System.Collections.Concurrent;
using Infra.Data;
using Infra.Data.Kpis;
using Infra.Data.Plans;
using Infra.Web.Endpoints.Plans.Views;

namespace Infra.Web.Endpoints.Plans;

/// <summary>
/// Today's KPIs of a plan, computed by <see cref="KpiService"/> at most every <see cref="MaxAge"/>: the dashboard and
/// wall displays poll it, and the figures only move when progress is reported (which invalidates at once).
/// </summary>
public sealed class KpiCache(InfraDatabase database, TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<long, (Task<KpiView> Figures, DateOnly AsOf, DateTimeOffset At)> entries = new();

    public async Task<KpiView> CurrentAsync(PlanVersion plan, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var now = time.GetUtcNow();
        var asOf = DateOnly.FromDateTime(now.UtcDateTime);
        var entry = entries.AddOrUpdate(
            plan.Version,
            _ => (ComputeAsync(plan, asOf), asOf, now),
            (_, old) => old.AsOf != asOf || now - old.At > MaxAge || old.Figures.IsFaulted ? (ComputeAsync(plan, asOf), asOf, now) : old);
        return await entry.Figures.WaitAsync(ct);
    }

    public void Invalidate() => entries.Clear();

    private async Task<KpiView> ComputeAsync(PlanVersion plan, DateOnly asOf) =>
        KpiView.From(await KpiService.CurrentAsync(database, plan.Version, asOf, CancellationToken.None), plan);
}
