using Infra.Core.Network;
using Infra.Core.Sites;
using Infra.Data.Conversion;
using Infra.Data.Entities;
using Infra.Data.Import;
using Microsoft.EntityFrameworkCore;

namespace Infra.Data.Store;

/// <summary>
/// Reads the layers back as domain records, each list ordered by id (ordinal, whatever the database collation), with
/// geometry in EPSG:25832. Empty tables give empty lists.
/// </summary>
public sealed class LayerStore(InfraDatabase database)
{
    public Task<IReadOnlyList<Site>> SitesAsync(CancellationToken cancellationToken = default) =>
        ReadAsync<SiteEntity, Site>(EntityMapper.ToDomain, s => s.Id.Value, cancellationToken);

    public Task<IReadOnlyList<LwlRoute>> RoutesAsync(CancellationToken cancellationToken = default) =>
        ReadAsync<LwlRouteEntity, LwlRoute>(EntityMapper.ToDomain, r => r.Id.Value, cancellationToken);

    public Task<IReadOnlyList<AccessPoint>> AccessPointsAsync(CancellationToken cancellationToken = default) =>
        ReadAsync<AccessPointEntity, AccessPoint>(EntityMapper.ToDomain, a => a.Id.Value, cancellationToken);

    public Task<IReadOnlyList<StreetSegment>> StreetsAsync(CancellationToken cancellationToken = default) =>
        ReadAsync<StreetEntity, StreetSegment>(EntityMapper.ToDomain, s => s.Id.Value, cancellationToken);

    public Task<IReadOnlyList<RadioHub>> HubsAsync(CancellationToken cancellationToken = default) =>
        ReadAsync<HubEntity, RadioHub>(EntityMapper.ToDomain, h => h.Id.Value, cancellationToken);

    public Task<IReadOnlyList<Obstacle>> ObstaclesAsync(CancellationToken cancellationToken = default) =>
        ReadAsync<ObstacleEntity, Obstacle>(EntityMapper.ToDomain, o => o.Id.Value, cancellationToken);

    public Task<IReadOnlyList<District>> DistrictsAsync(CancellationToken cancellationToken = default) =>
        ReadAsync<DistrictEntity, District>(EntityMapper.ToDomain, d => d.Id.Value, cancellationToken);

    /// <summary>Every layer, as the planner reads them.</summary>
    public async Task<GeoInventory> LoadInventoryAsync(CancellationToken cancellationToken = default) => new()
    {
        Sites = await SitesAsync(cancellationToken),
        Routes = await RoutesAsync(cancellationToken),
        AccessPoints = await AccessPointsAsync(cancellationToken),
        Streets = await StreetsAsync(cancellationToken),
        Hubs = await HubsAsync(cancellationToken),
        Obstacles = await ObstaclesAsync(cancellationToken),
        Districts = await DistrictsAsync(cancellationToken),
    };

    /// <summary>
    /// The ids of a layer's features that intersect <paramref name="area"/> (EPSG:25832), found by PostGIS with the GiST
    /// index (<c>ST_Intersects</c> on <c>geom</c>); null on SQLite, which has no spatial SQL here: the caller filters the
    /// features it holds.
    /// </summary>
    public async Task<IReadOnlySet<string>?> IdsIntersectingAsync(Layer layer, NetTopologySuite.Geometries.Geometry area, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(area);
        if (database.Provider != DatabaseProvider.Postgres)
        {
            return null;
        }

        var within = SridGeometryConverter.WithSrid(area);
        return layer switch
        {
            Layer.Sites => await IdsAsync<SiteEntity>(within, cancellationToken),
            Layer.Routes => await IdsAsync<LwlRouteEntity>(within, cancellationToken),
            Layer.AccessPoints => await IdsAsync<AccessPointEntity>(within, cancellationToken),
            Layer.Streets => await IdsAsync<StreetEntity>(within, cancellationToken),
            Layer.Hubs => await IdsAsync<HubEntity>(within, cancellationToken),
            Layer.Obstacles => await IdsAsync<ObstacleEntity>(within, cancellationToken),
            Layer.Districts => await IdsAsync<DistrictEntity>(within, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(layer), layer, "unknown layer"),
        };
    }

    /// <summary>Counts and lengths for the inventory report, computed in the database.</summary>
    public async Task<InventorySummary> SummarizeAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var byKind = await context.Sites.GroupBy(s => s.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var byDistrict = await context.Sites.GroupBy(s => s.District).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var byUplink = await context.Sites.GroupBy(s => s.CurrentUplink).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var byWlan = await context.Sites.GroupBy(s => s.Wlan).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var byOwner = await context.Routes.GroupBy(r => r.Owner)
            .Select(g => new { g.Key, Metres = g.Sum(r => r.LengthM) }).ToListAsync(cancellationToken);
        return new InventorySummary
        {
            SiteCount = byKind.Sum(k => k.Count),
            InScopeSiteCount = await context.Sites.CountAsync(s => s.InScope, cancellationToken),
            SyntheticSiteCount = await context.Sites.CountAsync(s => s.Synthetic, cancellationToken),
            SitesByKind = byKind.OrderBy(k => k.Key).ToDictionary(k => k.Key, k => k.Count),
            SitesByDistrict = byDistrict.OrderBy(d => d.Key, StringComparer.Ordinal).ToDictionary(d => d.Key, d => d.Count),
            SitesByUplink = byUplink.OrderBy(u => u.Key).ToDictionary(u => u.Key, u => u.Count),
            SitesByWlan = byWlan.OrderBy(w => w.Key).ToDictionary(w => w.Key, w => w.Count),
            RouteCount = await context.Routes.CountAsync(cancellationToken),
            RouteLengthKm = byOwner.Sum(o => o.Metres) / 1000,
            RouteLengthKmByOwner = byOwner.OrderBy(o => o.Key, StringComparer.Ordinal).ToDictionary(o => o.Key, o => o.Metres / 1000),
            AccessPointCount = await context.AccessPoints.CountAsync(cancellationToken),
            StreetCount = await context.Streets.CountAsync(cancellationToken),
            StreetLengthKm = await context.Streets.SumAsync(s => s.LengthM, cancellationToken) / 1000,
            FreeDuctLengthKm = await context.Streets.Where(s => s.FreeDuct).SumAsync(s => s.LengthM, cancellationToken) / 1000,
            HubCount = await context.Hubs.CountAsync(cancellationToken),
            ObstacleCount = await context.Obstacles.CountAsync(cancellationToken),
        };
    }

    private async Task<IReadOnlySet<string>> IdsAsync<TEntity>(NetTopologySuite.Geometries.Geometry area, CancellationToken cancellationToken)
        where TEntity : class, ILayerEntity
    {
        await using var context = database.CreateContext();
        var ids = await context.Set<TEntity>().Where(e => e.Geometry.Intersects(area)).Select(e => e.Id).ToListAsync(cancellationToken);
        return ids.ToHashSet(StringComparer.Ordinal);
    }

    private async Task<IReadOnlyList<TDomain>> ReadAsync<TEntity, TDomain>(
        Func<TEntity, TDomain> map, Func<TDomain, string> id, CancellationToken cancellationToken)
        where TEntity : class, ILayerEntity
    {
        await using var context = database.CreateContext();
        var rows = await context.Set<TEntity>().AsNoTracking().ToListAsync(cancellationToken);
        return rows.Select(map).OrderBy(id, StringComparer.Ordinal).ToArray();
    }
}
