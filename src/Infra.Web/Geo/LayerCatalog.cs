using Infra.Core.Network;
using Infra.Core.Sites;
using Infra.Data.Import;
using Infra.Data.Store;
using Infra.Geo.GeoJson;
using Infra.Geo.Layers;

namespace Infra.Web.Geo;

/// <summary>One geodata layer as the web API names it, how to load it and how to read an upload of it.</summary>
public sealed record LayerInfo(
    Layer Layer,
    string Name,
    string Title,
    Func<LayerStore, CancellationToken, Task<IReadOnlyList<object>>> Load,
    Func<Stream, string, GeoJsonReadOptions, LayerContent> Read);

/// <summary>The seven geodata layers under their URL names (sites, lwl-routes, access-points, streets, hubs, obstacles, districts).</summary>
public static class LayerCatalog
{
    public static IReadOnlyList<LayerInfo> All { get; } =
    [
        Entry<Site>(Layer.Sites, "sites", "Liegenschaften", (s, ct) => s.SitesAsync(ct)),
        Entry<LwlRoute>(Layer.Routes, "lwl-routes", "LWL-Trassen", (s, ct) => s.RoutesAsync(ct)),
        Entry<AccessPoint>(Layer.AccessPoints, "access-points", "LWL-Zugangspunkte", (s, ct) => s.AccessPointsAsync(ct)),
        Entry<StreetSegment>(Layer.Streets, "streets", "Straßenabschnitte", (s, ct) => s.StreetsAsync(ct)),
        Entry<RadioHub>(Layer.Hubs, "hubs", "Richtfunk-Standorte", (s, ct) => s.HubsAsync(ct)),
        Entry<Obstacle>(Layer.Obstacles, "obstacles", "Gebäude (Hindernisse)", (s, ct) => s.ObstaclesAsync(ct)),
        Entry<District>(Layer.Districts, "districts", "Stadtbezirke", (s, ct) => s.DistrictsAsync(ct)),
    ];

    public static LayerInfo? Find(string name) => All.FirstOrDefault(l => string.Equals(l.Name, name, StringComparison.OrdinalIgnoreCase));

    public static LayerInfo Of(Layer layer) => All.First(l => l.Layer == layer);

    private static LayerInfo Entry<T>(Layer layer, string name, string title, Func<LayerStore, CancellationToken, Task<IReadOnlyList<T>>> load)
        where T : class => new(
            layer,
            name,
            title,
            async (store, ct) => (IReadOnlyList<object>)await load(store, ct),
            (stream, file, options) => LayerFiles.Read(stream, file, LayerFiles.SchemaOf(typeof(T)), options));
}
