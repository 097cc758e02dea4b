using System.Data.Common;
using Infra.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Infra.Jobs.Persistence;

/// <summary>
/// Plain ADO.NET connections to the app database for the jobs' own tables (<c>job_runs</c>, <c>deadline_risks</c>) and
/// the Quartz store. The tables come from schema script 003, applied by <see cref="InfraDatabase.OpenAsync(DatabaseOptions, CancellationToken)"/>.
/// </summary>
internal sealed class JobsDatabase
{
    public JobsDatabase(DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        ConnectionString = options.Provider switch
        {
            // A long busy timeout: Quartz, the jobs and the app share one SQLite file and take turns writing.
            DatabaseProvider.Sqlite => new SqliteConnectionStringBuilder
            {
                DataSource = Path.GetFullPath(options.Target),
                DefaultTimeout = 60,
                ForeignKeys = true,
            }.ToString(),
            DatabaseProvider.Postgres => options.Target,
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "unknown database provider"),
        };
    }

    public DatabaseOptions Options { get; }

    public string ConnectionString { get; }

    public bool IsSqlite => Options.Provider == DatabaseProvider.Sqlite;

    public async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        DbConnection connection = IsSqlite ? new SqliteConnection(ConnectionString) : new NpgsqlConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(ct).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Runs the schema scripts (003 creates the job tables); on SQLite switches the file to WAL so readers never wait for the solver's writes.</summary>
    public async Task PrepareAsync(CancellationToken ct)
    {
        await InfraDatabase.OpenAsync(Options, ct).ConfigureAwait(false);
        if (IsSqlite)
        {
            await using var connection = await OpenAsync(ct).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL";
            await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
    }

    public static DbCommand Command(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
#pragma warning disable CA2100 // SQL text is constant; values go in as parameters.
        command.CommandText = sql;
#pragma warning restore CA2100
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    public static T? Get<T>(DbDataReader reader, string column)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var i = reader.GetOrdinal(column);
        return reader.IsDBNull(i) ? default : reader.GetFieldValue<T>(i);
    }

    /// <summary>A nullable struct column (DateTimeOffset, DateOnly, long): null stays null rather than default.</summary>
    public static T? GetNullable<T>(DbDataReader reader, string column)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(reader);
        var i = reader.GetOrdinal(column);
        return reader.IsDBNull(i) ? null : reader.GetFieldValue<T>(i);
    }
}
