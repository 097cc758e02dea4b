namespace Infra.Data.Import;

/// <summary>
/// Counts of one layer import: <see cref="New"/> ids not in the database, <see cref="Changed"/> ids whose persisted fields
/// differ (geometry compared exactly), <see cref="Unchanged"/> ids written as they were, <see cref="Removed"/> rows deleted
/// because the import did not contain them (only with remove-missing).
/// </summary>
public sealed record LayerImportResult(Layer Layer, int New, int Changed, int Unchanged, int Removed)
{
    /// <summary>Objects in the import.</summary>
    public int Imported => New + Changed + Unchanged;
}
