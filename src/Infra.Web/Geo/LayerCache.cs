using System.Collections.Concurrent;
using Infra.Data;
using Infra.Data.Import;
using Infra.Data.Store;
using Infra.Geo.Layers;

namespace Infra.Web.Geo;

/// <summary>
/// The geodata layers as features, kept in memory: OGC paging and the load target (p95 under 50 ms) need them without a
/// database round trip per request. Writes through this app invalidate at once; entries also expire after
/// <see cref="MaxAge"/> so that imports by the CLI or another instance show up.
/// </summary>
public sealed class LayerCache(InfraDatabase database, TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<Layer, Lazy<Task<(FeatureSet Set, DateTimeOffset LoadedAt)>>> entries = new();

    public async Task<FeatureSet> GetAsync(Layer layer, CancellationToken cancellationToken)
    {
        var entry = entries.GetOrAdd(layer, l => new Lazy<Task<(FeatureSet, DateTimeOffset)>>(() => LoadAsync(l)));
        var (set, loadedAt) = await entry.Value.WaitAsync(cancellationToken);
        if (time.GetUtcNow() - loadedAt > MaxAge)
        {
            entries.TryRemove(new KeyValuePair<Layer, Lazy<Task<(FeatureSet, DateTimeOffset)>>>(layer, entry));
        }

        return set;
    }

    public void Invalidate(Layer layer) => entries.TryRemove(layer, out _);

    private async Task<(FeatureSet, DateTimeOffset)> LoadAsync(Layer layer)
    {
        try
        {
            // Not tied to the first caller's token: other requests share this load.
            var items = await LayerCatalog.Of(layer).Load(new LayerStore(database), CancellationToken.None);
            return (new FeatureSet(items.Select(i => FeatureSet.Entry(LayerFiles.Feature(i), i))), time.GetUtcNow());
        }
        catch
        {
            entries.TryRemove(layer, out _);
            throw;
        }
    }
}
