using System.Collections.Concurrent;
using Infra.Core.Plans.Flat;
using Infra.Data.Plans;
using Infra.Geo.GeoJson;
using Infra.Web.Geo;
using Microsoft.Extensions.DependencyInjection;

namespace Infra.Web.Endpoints.Plans;

/// <summary>
/// The layers of a stored plan (sites, trenches, Richtfunk links) as features with the properties of the plan files
/// (<see cref="PlanProperties"/>). A stored version never changes, so its
/// feature sets are kept (the newest few) for the OGC collections plan-sites, plan-trenches and plan-links.
/// </summary>
public sealed class PlanLayers(PlanStore store)
{
    private const int Kept = 12;
    private readonly ConcurrentDictionary<(long Version, string Layer), Lazy<Task<FeatureSet>>> sets = new();

    public static Func<IServiceProvider, long, CancellationToken, Task<FeatureSet>>? Find(string layer) => layer switch
    {
        "sites" or "trenches" or "links" => (sp, version, ct) => sp.GetRequiredService<PlanLayers>().GetAsync(version, layer, ct),
        _ => null,
    };

    public Task<FeatureSet> GetAsync(long version, string layer, CancellationToken ct)
    {
        if (sets.Count > Kept)
        {
            sets.Clear();
        }

        var entry = sets.GetOrAdd((version, layer), key => new Lazy<Task<FeatureSet>>(() => LoadAsync(key.Version, key.Layer)));
        return entry.Value.WaitAsync(ct);
    }

    /// <summary>OGC collection sources for the newest plan's layers.</summary>
    public static IEnumerable<Ogc.OgcSource> OgcSources() =>
    [
        Source("plan-sites", "Plan: Liegenschaften", "Liegenschaften des neuesten Plans mit Technik, Quartal und Terminrisiko", "sites"),
        Source("plan-trenches", "Plan: Trassen", "Tiefbau- und Einblasabschnitte des neuesten Plans", "trenches"),
        Source("plan-links", "Plan: Richtfunkstrecken", "Richtfunkstrecken des neuesten Plans", "links"),
    ];

    private static Ogc.OgcSource Source(string id, string title, string description, string layer) => new(id, title, description, async (sp, ct) =>
        await sp.GetRequiredService<LatestPlan>().GetAsync(ct) is { } plan
            ? await sp.GetRequiredService<PlanLayers>().GetAsync(plan.Version, layer, ct)
            : null);

    private async Task<FeatureSet> LoadAsync(long version, string layer)
    {
        try
        {
            return layer switch
            {
                "sites" => new FeatureSet((await store.SitesAsync(version)).Select(s =>
                    FeatureSet.Entry(new GeoJsonFeatureOut(s.Id, s.Location, PlanProperties.Site(s)), s))),
                "trenches" => new FeatureSet((await store.TrenchesAsync(version)).Select(t =>
                    FeatureSet.Entry(new GeoJsonFeatureOut(t.Id, t.Geometry, PlanProperties.Trench(t)), t))),
                _ => new FeatureSet((await store.LinksAsync(version)).Select(l =>
                    FeatureSet.Entry(new GeoJsonFeatureOut(l.Id, l.Geometry, PlanProperties.Link(l)), l))),
            };
        }
        catch
        {
            sets.TryRemove((version, layer), out _);
            throw;
        }
    }
}
