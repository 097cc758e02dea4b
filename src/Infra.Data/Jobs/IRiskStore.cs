namespace Infra.Data.Jobs;

/// <summary>Reads what the newest deadline-risk run stored.</summary>
public interface IRiskStore
{
    /// <summary>Every unfinished site of the newest run (filter <see cref="DeadlineRisk.MissesDeadline"/> for the risks), misses first.</summary>
    Task<IReadOnlyList<DeadlineRisk>> LatestAsync(CancellationToken ct);
}
