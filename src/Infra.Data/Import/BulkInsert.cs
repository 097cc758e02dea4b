using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Infra.Data.Import;

/// <summary>
/// Inserts new rows with reused INSERT commands (rows per command as the provider prefers) inside the context's current
/// transaction, with the table, columns and value converters of the EF model. EF's change tracker costs seconds on the
/// 25,000 street segments of a city.
/// </summary>
internal static class BulkInsert
{
    public static async Task InsertAsync<TEntity>(InfraDbContext context, IReadOnlyList<TEntity> rows, CancellationToken cancellationToken)
        where TEntity : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var entityType = context.Model.FindEntityType(typeof(TEntity))!;
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var properties = entityType.GetProperties().ToArray();
        var columns = new Columns(
            $"INSERT INTO {Quote(table.Name)} ({string.Join(", ", properties.Select(p => Quote(p.GetColumnName(table)!)))}) VALUES ",
            properties.Select(p => p.GetGetter()).ToArray(),
            properties.Select(p => p.GetTypeMapping().Converter).ToArray());
        var rowsPerCommand = Math.Max(1, context.Dialect.InsertParameterBudget / properties.Length);

        DbCommand? full = null;
        try
        {
            for (var start = 0; start < rows.Count; start += rowsPerCommand)
            {
                var count = Math.Min(rowsPerCommand, rows.Count - start);
                if (count == rowsPerCommand)
                {
                    full ??= CreateCommand(context, columns, count);
                    await ExecuteAsync(full, columns, rows, start, count, cancellationToken);
                }
                else
                {
                    await using var rest = CreateCommand(context, columns, count);
                    await ExecuteAsync(rest, columns, rows, start, count, cancellationToken);
                }
            }
        }
        finally
        {
            if (full is not null)
            {
                await full.DisposeAsync();
            }
        }
    }

    private static DbCommand CreateCommand(InfraDbContext context, Columns columns, int rowCount)
    {
        var command = context.Database.GetDbConnection().CreateCommand();
        command.Transaction = context.Database.CurrentTransaction?.GetDbTransaction();
        var width = columns.Getters.Length;
        var tuples = Enumerable.Range(0, rowCount)
            .Select(r => "(" + string.Join(", ", Enumerable.Range(0, width).Select(c => "@p" + ((r * width) + c))) + ")");
        command.CommandText = columns.InsertPrefix + string.Join(", ", tuples);
        for (var i = 0; i < rowCount * width; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "p" + i;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static async Task ExecuteAsync<TEntity>(
        DbCommand command, Columns columns, IReadOnlyList<TEntity> rows, int start, int count, CancellationToken cancellationToken)
        where TEntity : class
    {
        var width = columns.Getters.Length;
        for (var r = 0; r < count; r++)
        {
            for (var c = 0; c < width; c++)
            {
                var value = columns.Getters[c].GetClrValue(rows[start + r]);
                command.Parameters[(r * width) + c].Value =
                    value is null ? DBNull.Value : columns.Converters[c]?.ConvertToProvider(value) ?? value;
            }
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private sealed record Columns(string InsertPrefix, IClrPropertyGetter[] Getters, ValueConverter?[] Converters);
}
