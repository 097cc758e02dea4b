using Infra.Data.Tests.Support;

namespace Infra.Data.Tests.Plans;

/// <summary><see cref="PlanStoreChecks"/> on SQLite and on PostgreSQL + PostGIS, a fresh database each.</summary>
public sealed class PlanStoreTests
{
    [Fact]
    public Task Sqlite_save_reads_back_the_plan() => TestDatabases.OnSqlite(PlanStoreChecks.RoundTrip);

    [PostgresFact]
    public Task Postgres_save_reads_back_the_plan() => TestDatabases.OnPostgres(PlanStoreChecks.RoundTrip);

    [Fact]
    public Task Sqlite_versions_list_newest_first() => TestDatabases.OnSqlite(PlanStoreChecks.VersionsListNewestFirst);

    [PostgresFact]
    public Task Postgres_versions_list_newest_first() => TestDatabases.OnPostgres(PlanStoreChecks.VersionsListNewestFirst);

    [Fact]
    public Task Sqlite_failure_midway_leaves_no_version() => TestDatabases.OnSqlite(PlanStoreChecks.FailureMidwayLeavesNoVersion);

    [PostgresFact]
    public Task Postgres_failure_midway_leaves_no_version() => TestDatabases.OnPostgres(PlanStoreChecks.FailureMidwayLeavesNoVersion);

    [Fact]
    public Task Sqlite_cancellation_midway_leaves_no_version() => TestDatabases.OnSqlite(PlanStoreChecks.CancellationMidwayLeavesNoVersion);

    [PostgresFact]
    public Task Postgres_cancellation_midway_leaves_no_version() => TestDatabases.OnPostgres(PlanStoreChecks.CancellationMidwayLeavesNoVersion);
}
