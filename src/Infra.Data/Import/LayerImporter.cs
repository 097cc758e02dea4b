using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Infra.Data.Import;

/// <summary>
/// Writes layers into the database, all-or-nothing: every import (one layer or several) runs in ONE transaction; any
/// failure rolls it back and the database stays exactly as it was. Layers are written in <see cref="Layer"/> order
/// whatever order they are given in; removals run last, in reverse order, so that access points go before their routes.
/// </summary>
public sealed class LayerImporter(InfraDatabase database)
{
    public async Task<LayerImportResult> ImportAsync(LayerImport layer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(layer);
        var results = await ImportAsync([layer], cancellationToken);
        return results[0];
    }

    /// <summary>Imports several layers in one transaction; results in <see cref="Layer"/> order.</summary>
    /// <exception cref="LayerImportException">The database refused a write (e.g. an access point naming an unknown route).</exception>
    /// <exception cref="ArgumentException">A layer given twice, or an id twice within a layer; nothing was written.</exception>
    public Task<IReadOnlyList<LayerImportResult>> ImportAsync(IEnumerable<LayerImport> layers, CancellationToken cancellationToken = default) =>
        ImportAsync(layers, null, cancellationToken);

    /// <summary>
    /// Imports several layers in one transaction and, when anything changed, appends <paramref name="record"/> to the
    /// import log in the same transaction; results in <see cref="Layer"/> order.
    /// </summary>
    public async Task<IReadOnlyList<LayerImportResult>> ImportAsync(
        IEnumerable<LayerImport> layers, ImportRecord? record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(layers);
        var ordered = layers.OrderBy(l => l.Layer).ToArray();
        var twice = ordered.GroupBy(l => l.Layer).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new ArgumentException($"layer {twice.Key} is given more than once", nameof(layers));
        }

        await using var context = database.CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var staged = new List<StagedLayer>();
        var current = ordered.FirstOrDefault()?.Layer ?? Layer.Sites;
        try
        {
            foreach (var layer in ordered)
            {
                current = layer.Layer;
                staged.Add(await layer.StageAsync(context, cancellationToken));
                await context.SaveChangesAsync(cancellationToken);
                context.ChangeTracker.Clear();
            }

            foreach (var layer in staged.Where(s => s.ToRemove.Count > 0).Reverse())
            {
                current = layer.Result.Layer;
                context.RemoveRange(layer.ToRemove);
                await context.SaveChangesAsync(cancellationToken);
                context.ChangeTracker.Clear();
            }

            var results = staged.Select(s => s.Result).ToArray();
            if (record is not null && results.Any(r => r.New + r.Changed + r.Removed > 0))
            {
                await ImportLogStore.AppendAsync(context, record, results, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception e) when (e is DbUpdateException or DbException)
        {
            throw new LayerImportException(current, e);
        }

        return staged.Select(s => s.Result).ToArray();
    }
}
