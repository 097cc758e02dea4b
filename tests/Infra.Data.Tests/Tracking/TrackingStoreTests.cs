using Infra.Data.Tests.Support;

namespace Infra.Data.Tests.Tracking;

/// <summary>
/// The tracking-data checks (<see cref="PlanStoreChecks"/>, <see cref="ProgressStoreChecks"/>, <see cref="KpiChecks"/>) on
/// SQLite and on PostgreSQL + PostGIS, a fresh database each.
/// </summary>
public sealed class TrackingStoreTests
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
    public Task Sqlite_one_version_per_job_run() => TestDatabases.OnSqlite(PlanStoreChecks.OneVersionPerJobRun);

    [PostgresFact]
    public Task Postgres_one_version_per_job_run() => TestDatabases.OnPostgres(PlanStoreChecks.OneVersionPerJobRun);

    [Fact]
    public Task Sqlite_cancellation_midway_leaves_no_version() => TestDatabases.OnSqlite(PlanStoreChecks.CancellationMidwayLeavesNoVersion);

    [PostgresFact]
    public Task Postgres_cancellation_midway_leaves_no_version() => TestDatabases.OnPostgres(PlanStoreChecks.CancellationMidwayLeavesNoVersion);

    [Fact]
    public Task Sqlite_good_reports_import_and_read_back() => TestDatabases.OnSqlite(ProgressStoreChecks.GoodReportsImportAndReadBack);

    [PostgresFact]
    public Task Postgres_good_reports_import_and_read_back() => TestDatabases.OnPostgres(ProgressStoreChecks.GoodReportsImportAndReadBack);

    [Fact]
    public Task Sqlite_same_report_twice_changes_nothing() => TestDatabases.OnSqlite(ProgressStoreChecks.SameReportTwiceChangesNothing);

    [PostgresFact]
    public Task Postgres_same_report_twice_changes_nothing() => TestDatabases.OnPostgres(ProgressStoreChecks.SameReportTwiceChangesNothing);

    [Fact]
    public Task Sqlite_bad_reports_change_nothing() => TestDatabases.OnSqlite(ProgressStoreChecks.BadReportsChangeNothing);

    [PostgresFact]
    public Task Postgres_bad_reports_change_nothing() => TestDatabases.OnPostgres(ProgressStoreChecks.BadReportsChangeNothing);

    [Fact]
    public Task Sqlite_bad_rows_among_good_ones_are_all_listed() => TestDatabases.OnSqlite(ProgressStoreChecks.BadRowsAmongGoodOnesAreAllListedInGeoJson);

    [PostgresFact]
    public Task Postgres_bad_rows_among_good_ones_are_all_listed() => TestDatabases.OnPostgres(ProgressStoreChecks.BadRowsAmongGoodOnesAreAllListedInGeoJson);

    [Fact]
    public Task Sqlite_current_counts_stored_plan_and_milestones() => TestDatabases.OnSqlite(KpiChecks.CurrentCountsStoredPlanAndMilestones);

    [PostgresFact]
    public Task Postgres_current_counts_stored_plan_and_milestones() => TestDatabases.OnPostgres(KpiChecks.CurrentCountsStoredPlanAndMilestones);

    [Fact]
    public Task Sqlite_snapshots_read_back_oldest_first() => TestDatabases.OnSqlite(KpiChecks.SnapshotsReadBackOldestFirst);

    [PostgresFact]
    public Task Postgres_snapshots_read_back_oldest_first() => TestDatabases.OnPostgres(KpiChecks.SnapshotsReadBackOldestFirst);
}
