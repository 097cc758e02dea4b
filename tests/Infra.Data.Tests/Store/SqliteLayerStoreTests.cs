using Infra.Data.Tests.Support;

namespace Infra.Data.Tests.Store;

public sealed class SqliteLayerStoreTests : IDisposable
{
    private readonly SqliteTestDatabase database = new();

    [Fact]
    public Task Import_every_layer_reads_back_equal() => LayerStoreChecks.RoundTripEveryLayer(database.Options);

    [Fact]
    public Task Import_again_and_with_changes_counts_new_changed_unchanged_removed() => LayerStoreChecks.UpsertCounts(database.Options);

    [Fact]
    public Task Import_geometry_or_field_change_counts_changed() => LayerStoreChecks.UpsertDetectsGeometryAndFieldChanges(database.Options);

    [Fact]
    public Task Import_later_layer_fails_database_unchanged() => LayerStoreChecks.FailingLayerLeavesDatabaseUnchanged(database.Options);

    [Fact]
    public Task Import_removal_breaks_foreign_key_database_unchanged() => LayerStoreChecks.FailingRemovalLeavesDatabaseUnchanged(database.Options);

    [Fact]
    public Task Summarize_counts_every_layer() => LayerStoreChecks.SummaryCountsEveryLayer(database.Options);

    public void Dispose() => database.Dispose();
}
