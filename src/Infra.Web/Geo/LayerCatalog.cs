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
    Func<Stream, string, GeoJsonReadOptions, bool, LayerImport> Read);

/// <summary>The six geodata layers under their URL names (sites, lwl-routes, access-points, streets, hubs, obstacles).</summary>
public static class LayerCatalog
{
    public static IReadOnlyList<LayerInfo> All { get; } =
    [
        Entry<Site>(Layer.Sites, "sites", "Liegenschaften", (s, ct) => s.SitesAsync(ct), LayerImport.Sites),
        Entry<LwlRoute>(Layer.Routes, "lwl-routes", "LWL-Trassen", (s, ct) => s.RoutesAsync(ct), LayerImport.Routes),
        Entry<AccessPoint>(Layer.AccessPoints, "access-points", "LWL-Zugangspunkte", (s, ct) => s.AccessPointsAsync(ct), LayerImport.AccessPoints),
        Entry<StreetSegment>(Layer.Streets, "streets", "Straßenabschnitte", (s, ct) => s.StreetsAsync(ct), LayerImport.Streets),
        Entry<RadioHub>(Layer.Hubs, "hubs", "Richtfunk-Standorte", (s, ct) => s.HubsAsync(ct), LayerImport.Hubs),
        Entry<Obstacle>(Layer.Obstacles, "obstacles", "Gebäude (Hindernisse)", (s, ct) => s.ObstaclesAsync(ct), LayerImport.Obstacles),
    ];

    public static LayerInfo? Find(string name) => All.FirstOrDefault(l => string.Equals(l.Name, name, StringComparison.OrdinalIgnoreCase));

    public static LayerInfo Of(Layer layer) => All.First(l => l.Layer == layer);

    private static LayerInfo Entry<T>(
        Layer layer, string name, string title, Func<LayerStore, CancellationToken, Task<IReadOnlyList<T>>> load, Func<IEnumerable<T>, bool, LayerImport> import)
        where T : class => new(
            layer,
            name,
            title,
            async (store, ct) => (IReadOnlyList<object>)await load(store, ct),
            (stream, file, options, removeMissing) => import(LayerFiles.Read<T>(stream, file, options), removeMissing));
}
