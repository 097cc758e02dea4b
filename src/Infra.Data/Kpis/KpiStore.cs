using Infra.Planning.Tracking;

namespace Infra.Data.Kpis;

/// <summary>KPI snapshots, so that history can be drawn.</summary>
public sealed class KpiStore(InfraDatabase database)
{
    private readonly InfraDatabase database = database ?? throw new ArgumentNullException(nameof(database));

    public Task<long> SaveAsync(long? planVersion, KpiFigures figures, DateTimeOffset takenAt, CancellationToken ct = default) =>
        throw new NotImplementedException();

    /// <summary>Snapshots taken at or after <paramref name="from"/> (all when null), oldest first.</summary>
    public Task<IReadOnlyList<KpiSnapshot>> HistoryAsync(DateTimeOffset? from, CancellationToken ct = default) =>
        throw new NotImplementedException();
}
