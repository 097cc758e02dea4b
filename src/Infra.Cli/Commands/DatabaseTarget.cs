using Infra.Data;

namespace Infra.Cli.Commands;

/// <summary>
/// Turns the --db value into database options: a file path means the embedded SQLite database (its folder is
/// created on first run); a connection string ("Host=…;Database=…") means PostgreSQL + PostGIS.
/// </summary>
internal static class DatabaseTarget
{
    public static DatabaseOptions Parse(string value) => DatabaseOptions.FromTarget(value);

    public static Task<InfraDatabase> OpenAsync(string value, CancellationToken cancellationToken) =>
        InfraDatabase.OpenAsync(Parse(value), cancellationToken);
}
