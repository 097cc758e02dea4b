namespace Infra.Data;

/// <summary>
/// Where the database lives. For <see cref="DatabaseProvider.Sqlite"/> <see cref="Target"/> is a file path (the file and
/// its folder are created on first open); for <see cref="DatabaseProvider.Postgres"/> it is an Npgsql connection string
/// of a database where the PostGIS extension can be created (or already exists).
/// </summary>
public sealed record DatabaseOptions(DatabaseProvider Provider, string Target)
{
    public static DatabaseOptions Sqlite(string filePath) => new(DatabaseProvider.Sqlite, filePath);

    public static DatabaseOptions Postgres(string connectionString) => new(DatabaseProvider.Postgres, connectionString);

    /// <summary>
    /// A <c>--db</c> / <c>INFRA_DATABASE</c> value: a connection string ("Host=…") selects PostgreSQL, anything else is a
    /// SQLite file path whose folder is created here.
    /// </summary>
    public static DatabaseOptions FromTarget(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        if (value.Contains("Host=", StringComparison.OrdinalIgnoreCase))
        {
            return Postgres(value);
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(value));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        return Sqlite(value);
    }

    /// <summary>Never prints a PostgreSQL connection string, which may hold a password.</summary>
    public override string ToString() => Provider == DatabaseProvider.Sqlite ? $"SQLite {Target}" : "PostgreSQL";
}
