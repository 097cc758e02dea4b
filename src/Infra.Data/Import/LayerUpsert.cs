using Infra.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Infra.Data.Import;

/// <summary>
/// Sorts the rows of one import into new, changed, unchanged and missing by id, comparing every mapped property with
/// the model's value comparer (geometry exactly), inserts the new rows at once and queues the updates on the context.
/// </summary>
internal static class LayerUpsert
{
    public static async Task<StagedLayer> StageAsync<TEntity>(
        InfraDbContext context, Layer layer, IReadOnlyList<TEntity> incoming, bool removeMissing, CancellationToken cancellationToken)
        where TEntity : class, ILayerEntity
    {
        var existing = await context.Set<TEntity>().AsNoTracking()
            .ToDictionaryAsync(e => e.Id, StringComparer.Ordinal, cancellationToken);
        var properties = context.Model.FindEntityType(typeof(TEntity))!.GetProperties()
            .Select(p => (Get: p.GetGetter(), Comparer: p.GetValueComparer()))
            .ToArray();

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var added = new List<TEntity>();
        var changed = new List<TEntity>();
        var unchanged = 0;
        foreach (var row in incoming)
        {
            if (!seen.Add(row.Id))
            {
                throw new ArgumentException($"layer {layer}: id '{row.Id}' occurs more than once", nameof(incoming));
            }

            if (!existing.TryGetValue(row.Id, out var old))
            {
                added.Add(row);
            }
            else if (properties.All(p => p.Comparer.Equals(p.Get.GetClrValue(old), p.Get.GetClrValue(row))))
            {
                unchanged++;
            }
            else
            {
                changed.Add(row);
            }
        }

        await BulkInsert.InsertAsync(context, added, cancellationToken);
        context.Set<TEntity>().UpdateRange(changed);
        var toRemove = removeMissing ? existing.Values.Where(e => !seen.Contains(e.Id)).ToArray() : [];
        return new StagedLayer(new LayerImportResult(layer, added.Count, changed.Count, unchanged, toRemove.Length), toRemove);
    }
}
