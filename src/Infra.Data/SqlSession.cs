using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Infra.Data;

/// <summary>
/// An open connection of an <see cref="InfraDatabase"/> for plain SQL (the job tables' conditional updates), with
/// parameterised commands and typed reads that work the same on SQLite and PostgreSQL.
/// </summary>
internal sealed class SqlSession : IAsyncDisposable
{
    private readonly InfraDbContext context;

    private SqlSession(InfraDbContext context, DbConnection connection)
    {
        this.context = context;
        Connection = connection;
    }

    public DbConnection Connection { get; }

    public static async Task<SqlSession> OpenAsync(InfraDatabase database, CancellationToken ct)
    {
        var context = database.CreateContext();
        try
        {
            var connection = context.Database.GetDbConnection();
            await connection.OpenAsync(ct).ConfigureAwait(false);
            return new SqlSession(context, connection);
        }
        catch
        {
            await context.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public DbCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = Connection.CreateCommand();
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

    public async Task<int> ExecuteAsync(string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    public async Task<object?> ScalarAsync(string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        var value = await command.ExecuteScalarAsync(ct).ConfigureAwait(false);
        return value is DBNull ? null : value;
    }

    /// <summary>Rows mapped one by one (the reader is closed before this returns).</summary>
    public async Task<List<T>> QueryAsync<T>(string sql, Func<DbDataReader, T> map, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var rows = new List<T>();
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    public static T? Get<T>(DbDataReader reader, string column)
    {
        var i = reader.GetOrdinal(column);
        return reader.IsDBNull(i) ? default : reader.GetFieldValue<T>(i);
    }

    /// <summary>A nullable struct column (DateTimeOffset, DateOnly, long): null stays null rather than default.</summary>
    public static T? GetNullable<T>(DbDataReader reader, string column)
        where T : struct
    {
        var i = reader.GetOrdinal(column);
        return reader.IsDBNull(i) ? null : reader.GetFieldValue<T>(i);
    }

    public ValueTask DisposeAsync() => context.DisposeAsync();
}
