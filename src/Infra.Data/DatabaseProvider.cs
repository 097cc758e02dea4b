namespace Infra.Data;

/// <summary>The database engines Infra stores its layers in.</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded SQLite file: the default for a single workstation and for tests.</summary>
    Sqlite,

    /// <summary>PostgreSQL with PostGIS: the city server; QGIS opens the tables directly.</summary>
    Postgres,
}
