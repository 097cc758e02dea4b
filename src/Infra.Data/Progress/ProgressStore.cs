using Infra.Core.Progress;

namespace Infra.Data.Progress;

/// <summary>
/// Build progress: site milestones and trench metres, imported from contractor reports (docs/progress-reports.md).
/// Imports are all-or-nothing and idempotent; "today" for the future-date check comes from <paramref name="time"/>.
/// </summary>
public sealed class ProgressStore(InfraDatabase database, TimeProvider? time = null)
{
    private readonly InfraDatabase database = database ?? throw new ArgumentNullException(nameof(database));
    private readonly TimeProvider time = time ?? TimeProvider.System;

    /// <summary>Days an actual or report date may lie after today (UTC) before it is refused.</summary>
    public int FutureToleranceDays { get; init; } = 7;

    /// <summary>Milestones of one site or of all, ordered by site id (ordinal) and milestone.</summary>
    public Task<IReadOnlyList<SiteMilestone>> MilestonesAsync(string? siteId, CancellationToken ct = default) =>
        throw new NotImplementedException();

    /// <summary>Trench progress ordered by trench id (ordinal).</summary>
    public Task<IReadOnlyList<TrenchProgress>> TrenchProgressAsync(CancellationToken ct = default) => throw new NotImplementedException();

    /// <summary>Imports a CSV or GeoJSON report (by extension, else by content); throws an InputException with one error per bad row.</summary>
    public Task<ProgressImportResult> ImportAsync(string fileName, Stream content, string source, CancellationToken ct = default) =>
        throw new NotImplementedException();
}
