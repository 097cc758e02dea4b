using Infra.Data;
using Infra.Data.Jobs;
using Infra.Jobs.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Infra.Jobs.Tests;

/// <summary>What a worker guarantees around Hangfire: one worker per SQLite file, one native SQLite, runs without a Hangfire job adopted.</summary>
public sealed class WorkerTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Second_worker_on_one_sqlite_file_is_refused_in_german()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var first = await JobsNode.StartAsync(db.JobsOptions());

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => JobsNode.StartAsync(db.JobsOptions()));

        Assert.Contains("läuft schon ein Worker", refused.Message, StringComparison.Ordinal);
        Assert.Contains("PostgreSQL", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hangfire_storage_and_ef_core_load_the_same_native_sqlite()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await InfraDatabase.OpenAsync(db.Options);

        using var hangfireSide = new SQLite.SQLiteConnection(db.Options.Target);
        await using var efSide = new SqliteConnection($"Data Source={db.Options.Target}");
        await efSide.OpenAsync();
        await using var command = efSide.CreateCommand();
        command.CommandText = "SELECT sqlite_version()";

        var version = hangfireSide.ExecuteScalar<string>("SELECT sqlite_version()");
        Assert.Equal(version, (string?)await command.ExecuteScalarAsync());
        Assert.StartsWith("3.53.", version, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Queued_run_without_a_hangfire_job_is_adopted_and_runs()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        // A run queued before the switch from Quartz (or by an enqueue that died before Hangfire had it).
        var runs = new JobRunStore(await InfraDatabase.OpenAsync(db.Options));
        await runs.InsertQueuedAsync("vorher", JobKind.KpiSnapshot, "{}", "quartz", TimeProvider.System.GetUtcNow().AddMinutes(-5), CancellationToken.None);

        await using var node = await JobsNode.StartAsync(db.JobsOptions());
        var run = await JobWaits.FinishedAsync(node.Jobs, "vorher", Timeout);

        Assert.True(run.State == JobStates.Succeeded, run.Message);
        Assert.Contains("keine Planversion", run.Message, StringComparison.Ordinal);
        Assert.NotNull(await runs.HangfireJobAsync("vorher", CancellationToken.None));
    }
}
