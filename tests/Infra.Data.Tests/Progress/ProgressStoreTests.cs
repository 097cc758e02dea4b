using Infra.Data.Tests.Support;

namespace Infra.Data.Tests.Progress;

/// <summary><see cref="ProgressStoreChecks"/> on SQLite and on PostgreSQL + PostGIS, a fresh database each.</summary>
public sealed class ProgressStoreTests
{
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
}
