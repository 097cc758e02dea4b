using Infra.Data.Tests.Support;

namespace Infra.Data.Tests.Kpis;

/// <summary><see cref="KpiChecks"/> on SQLite and on PostgreSQL + PostGIS, a fresh database each.</summary>
public sealed class KpiTests
{
    [Fact]
    public Task Sqlite_current_counts_stored_plan_and_milestones() => TestDatabases.OnSqlite(KpiChecks.CurrentCountsStoredPlanAndMilestones);

    [PostgresFact]
    public Task Postgres_current_counts_stored_plan_and_milestones() => TestDatabases.OnPostgres(KpiChecks.CurrentCountsStoredPlanAndMilestones);

    [Fact]
    public Task Sqlite_snapshots_read_back_oldest_first() => TestDatabases.OnSqlite(KpiChecks.SnapshotsReadBackOldestFirst);

    [PostgresFact]
    public Task Postgres_snapshots_read_back_oldest_first() => TestDatabases.OnPostgres(KpiChecks.SnapshotsReadBackOldestFirst);
}
