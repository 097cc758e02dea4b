using System.Data.Common;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Infra.Data.Import;

/// <summary>
/// The import log (schema script 006): plain ADO commands, as the audit log, with the same SQL for SQLite and PostgreSQL.
/// </summary>
public sealed class ImportLogStore(InfraDatabase database)
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Entries newest first.</summary>
    public async Task<IReadOnlyList<ImportLogEntry>> ListAsync(int limit = 50, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, at_utc, origin, files, counts_json, warnings_json FROM import_log ORDER BY id DESC LIMIT @limit";
        Add(command, "limit", limit);
        var items = new List<ImportLogEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(new ImportLogEntry(
                reader.GetInt64(0),
                DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetString(4),
                reader.GetString(5)));
        }

        return items;
    }

    /// <summary>Appends <paramref name="record"/> inside the context's current transaction.</summary>
    internal static async Task AppendAsync(InfraDbContext context, ImportRecord record, IReadOnlyList<LayerImportResult> results, CancellationToken cancellationToken)
    {
        await using var command = context.Database.GetDbConnection().CreateCommand();
        command.Transaction = context.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText =
            "INSERT INTO import_log (at_utc, origin, files, counts_json, warnings_json) VALUES (@at, @origin, @files, @counts, @warnings)";
        Add(command, "at", record.At.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        Add(command, "origin", record.Origin);
        Add(command, "files", string.Join("\n", record.Files));
        Add(command, "counts", JsonSerializer.Serialize(
            results.Select(r => new { layer = r.Layer.ToString(), @new = r.New, changed = r.Changed, unchanged = r.Unchanged, removed = r.Removed }), Json));
        Add(command, "warnings", JsonSerializer.Serialize(
            record.Warnings.Select(w => new { file = w.File, feature = w.FeatureIndex, id = w.FeatureId, property = w.Property, message = w.Message }), Json));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@" + name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
