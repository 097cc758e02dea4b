using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Infra.Data.Audit;

/// <summary>One audited write: who (actor and role), when, what (method, path, action), the HTTP status and counts as JSON.</summary>
public sealed record AuditEntry(
    long Id, DateTimeOffset At, string Actor, string Role, string Method, string Path, string Action, int Status, string CountsJson);

/// <summary>
/// The audit log table (schema script 004). Plain ADO commands instead of an EF entity so that the shared
/// <see cref="InfraDbContext"/> model stays untouched; the SQL is the same for SQLite and PostgreSQL.
/// </summary>
public sealed class AuditStore(InfraDatabase database)
{
    /// <summary>Appends one entry; <see cref="AuditEntry.Id"/> is ignored. Returns the new id.</summary>
    public async Task<long> AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var context = database.CreateContext();
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText =
            "INSERT INTO audit_log (at_utc, actor, role, method, path, action, status, counts_json) " +
            "VALUES (@at, @actor, @role, @method, @path, @action, @status, @counts) RETURNING id";
        Add(command, "at", entry.At.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        Add(command, "actor", entry.Actor);
        Add(command, "role", entry.Role);
        Add(command, "method", entry.Method);
        Add(command, "path", entry.Path);
        Add(command, "action", entry.Action);
        Add(command, "status", entry.Status);
        Add(command, "counts", entry.CountsJson);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <summary>Entries newest first, paged.</summary>
    public async Task<(IReadOnlyList<AuditEntry> Items, long Total)> ListAsync(int limit, int offset, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        long total;
        await using (var count = connection.CreateCommand())
        {
            count.CommandText = "SELECT COUNT(*) FROM audit_log";
            total = Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }

        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT id, at_utc, actor, role, method, path, action, status, counts_json FROM audit_log ORDER BY id DESC LIMIT @limit OFFSET @offset";
        Add(command, "limit", limit);
        Add(command, "offset", offset);
        var items = new List<AuditEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(new AuditEntry(
                reader.GetInt64(0),
                DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetString(4),
                reader.GetString(5),
                reader.GetString(6),
                reader.GetInt32(7),
                reader.GetString(8)));
        }

        return (items, total);
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@" + name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
