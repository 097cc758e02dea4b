using Infra.Core.Network;
using Infra.Core.Sites;
using Infra.Data.Entities;

namespace Infra.Data.Import;

/// <summary>
/// The objects of one layer to import, already parsed and validated by the caller. Ids are the upsert key and must be
/// unique within the layer. With <see cref="RemoveMissing"/> rows whose id is not in the import are deleted; an empty
/// import with remove-missing empties the table.
/// </summary>
public sealed class LayerImport
{
    private readonly Func<InfraDbContext, CancellationToken, Task<StagedLayer>> stage;

    private LayerImport(Layer layer, int count, bool removeMissing, Func<InfraDbContext, CancellationToken, Task<StagedLayer>> stage)
    {
        Layer = layer;
        Count = count;
        RemoveMissing = removeMissing;
        this.stage = stage;
    }

    public Layer Layer { get; }

    public int Count { get; }

    public bool RemoveMissing { get; }

    public static LayerImport Sites(IEnumerable<Site> sites, bool removeMissing = false) =>
        Create(Layer.Sites, sites, EntityMapper.ToEntity, removeMissing);

    public static LayerImport Routes(IEnumerable<LwlRoute> routes, bool removeMissing = false) =>
        Create(Layer.Routes, routes, EntityMapper.ToEntity, removeMissing);

    public static LayerImport AccessPoints(IEnumerable<AccessPoint> accessPoints, bool removeMissing = false) =>
        Create(Layer.AccessPoints, accessPoints, EntityMapper.ToEntity, removeMissing);

    public static LayerImport Streets(IEnumerable<StreetSegment> streets, bool removeMissing = false) =>
        Create(Layer.Streets, streets, EntityMapper.ToEntity, removeMissing);

    public static LayerImport Hubs(IEnumerable<RadioHub> hubs, bool removeMissing = false) =>
        Create(Layer.Hubs, hubs, EntityMapper.ToEntity, removeMissing);

    public static LayerImport Obstacles(IEnumerable<Obstacle> obstacles, bool removeMissing = false) =>
        Create(Layer.Obstacles, obstacles, EntityMapper.ToEntity, removeMissing);

    public static LayerImport Districts(IEnumerable<District> districts, bool removeMissing = false) =>
        Create(Layer.Districts, districts, EntityMapper.ToEntity, removeMissing);

    /// <summary>All seven layers of <paramref name="inventory"/>, for one all-or-nothing import.</summary>
    public static IReadOnlyList<LayerImport> All(GeoInventory inventory, bool removeMissing = false)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        return
        [
            Sites(inventory.Sites, removeMissing),
            Routes(inventory.Routes, removeMissing),
            AccessPoints(inventory.AccessPoints, removeMissing),
            Streets(inventory.Streets, removeMissing),
            Hubs(inventory.Hubs, removeMissing),
            Obstacles(inventory.Obstacles, removeMissing),
            Districts(inventory.Districts, removeMissing),
        ];
    }

    internal Task<StagedLayer> StageAsync(InfraDbContext context, CancellationToken cancellationToken) => stage(context, cancellationToken);

    private static LayerImport Create<TDomain, TEntity>(Layer layer, IEnumerable<TDomain> items, Func<TDomain, TEntity> map, bool removeMissing)
        where TEntity : class, ILayerEntity
    {
        ArgumentNullException.ThrowIfNull(items);
        var snapshot = items.ToArray();
        return new LayerImport(
            layer,
            snapshot.Length,
            removeMissing,
            (context, ct) => LayerUpsert.StageAsync(context, layer, snapshot.Select(map).ToArray(), removeMissing, ct));
    }
}
