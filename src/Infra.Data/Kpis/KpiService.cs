using Infra.Planning.Tracking;

namespace Infra.Data.Kpis;

/// <summary>Current KPIs of a stored plan version with the recorded milestones.</summary>
public static class KpiService
{
    public static Task<KpiFigures> CurrentAsync(InfraDatabase db, long planVersion, DateOnly asOf, CancellationToken ct = default) =>
        throw new NotImplementedException();
}
