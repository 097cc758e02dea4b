using Infra.Data.Jobs;
using Infra.Data.Tests.Support;

namespace Infra.Data.Tests.Schema;

/// <summary>
/// A database from the Quartz.NET days (schema 7, Quartz's own tables beside ours, a run still queued) brought up to
/// date: Quartz's tables go, the history stays, and the queued run can be found as one without a Hangfire job.
/// </summary>
public sealed class QuartzToHangfireMigrationTests
{
    private static readonly DateTimeOffset Queued = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public Task Sqlite_upgrade_drops_the_quartz_tables_and_keeps_the_history() => TestDatabases.OnSqlite(Upgrade);

    [PostgresFact]
    public Task Postgres_upgrade_drops_the_quartz_tables_and_keeps_the_history() => TestDatabases.OnPostgres(Upgrade);

    private static async Task Upgrade(DatabaseOptions options)
    {
        var scripts = ProviderDialect.For(options.Provider).Scripts;
        var before = await InfraDatabase.OpenAsync(options, [.. scripts.Where(s => s.Version <= 7)], CancellationToken.None);
        await using (var sql = await SqlSession.OpenAsync(before, CancellationToken.None))
        {
            // What Quartz created for itself (abridged) and a run it had not started yet.
            await sql.ExecuteAsync("CREATE TABLE qrtz_job_details (sched_name varchar(120) NOT NULL, job_name varchar(200) NOT NULL)", CancellationToken.None);
            await sql.ExecuteAsync("CREATE TABLE qrtz_locks (sched_name varchar(120) NOT NULL, lock_name varchar(40) NOT NULL)", CancellationToken.None);
            await sql.ExecuteAsync(
                "INSERT INTO job_runs (run_id, kind, state, progress, queued_at) VALUES ('alt', 'KpiSnapshot', 'queued', 0, @at)",
                CancellationToken.None, ("@at", Queued));
        }

        var after = await InfraDatabase.OpenAsync(options);

        Assert.Equal(["009_hangfire.sql"], after.Migration.AppliedScripts.Where(s => s.StartsWith("009", StringComparison.Ordinal)));
        await using var check = await SqlSession.OpenAsync(after, CancellationToken.None);
        var tables = options.Provider == DatabaseProvider.Sqlite
            ? "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name LIKE 'qrtz%'"
            : "SELECT COUNT(*) FROM information_schema.tables WHERE table_name LIKE 'qrtz%'";
        Assert.Equal(0L, Convert.ToInt64(await check.ScalarAsync(tables, CancellationToken.None), System.Globalization.CultureInfo.InvariantCulture));
        var runs = new JobRunStore(after);
        Assert.Equal(JobStates.Queued, (await runs.GetAsync("alt", CancellationToken.None))!.State);
        Assert.Equal([("alt", JobKind.KpiSnapshot)], await runs.UnscheduledAsync(Queued.AddMinutes(1), CancellationToken.None));
        Assert.Null(await runs.HangfireJobAsync("alt", CancellationToken.None));
    }
}
