using Infra.Data.Tests.Support;

namespace Infra.Data.Tests.Store;

/// <summary>The checks of <see cref="SqliteLayerStoreTests"/> against PostgreSQL + PostGIS, one fresh database each.</summary>
public sealed class PostgresLayerStoreTests
{
    [PostgresFact]
    public Task Import_every_layer_reads_back_equal() => OnFreshDatabase(LayerStoreChecks.RoundTripEveryLayer);

    [PostgresFact]
    public Task Import_again_and_with_changes_counts_new_changed_unchanged_removed() => OnFreshDatabase(LayerStoreChecks.UpsertCounts);

    [PostgresFact]
    public Task Import_geometry_or_field_change_counts_changed() => OnFreshDatabase(LayerStoreChecks.UpsertDetectsGeometryAndFieldChanges);

    [PostgresFact]
    public Task Import_later_layer_fails_database_unchanged() => OnFreshDatabase(LayerStoreChecks.FailingLayerLeavesDatabaseUnchanged);

    [PostgresFact]
    public Task Import_removal_breaks_foreign_key_database_unchanged() => OnFreshDatabase(LayerStoreChecks.FailingRemovalLeavesDatabaseUnchanged);

    [PostgresFact]
    public Task Summarize_counts_every_layer() => OnFreshDatabase(LayerStoreChecks.SummaryCountsEveryLayer);

    private static async Task OnFreshDatabase(Func<DatabaseOptions, Task> check)
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await check(database.Options);
    }
}
