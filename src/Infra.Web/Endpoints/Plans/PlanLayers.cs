using System.Collections.Concurrent;
using Infra.Core.Sites;
using Infra.Data.Plans;
using Infra.Geo.GeoJson;
using Infra.Web.Geo;
using Microsoft.Extensions.DependencyInjection;

namespace Infra.Web.Endpoints.Plans;

/// <summary>
/// The layers of a stored plan (sites, trenches, Richtfunk links) as features. A stored version never changes, so its
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
                "sites" => new FeatureSet((await store.SitesAsync(version)).Select(s => FeatureSet.Entry(new GeoJsonFeatureOut(s.SiteId, s.Location,
                [
                    new("id", s.SiteId), new("name", s.Name), new("kind", s.Kind.ToCode()), new("district", s.District),
                    new("technology", s.Technology), new("technology_label", Labels.Technology(s.Technology)), new("hub_id", s.HubId),
                    new("live_quarter", s.LiveQuarter), new("wlan_quarter", s.WlanQuarter), new("bridged_from", s.BridgedFrom),
                    new("misses_deadline", s.MissesDeadline), new("npv_euro", s.NpvEuro), new("capex_euro", s.CapexEuro),
                ]), s))),
                "trenches" => new FeatureSet((await store.TrenchesAsync(version)).Select(t => FeatureSet.Entry(new GeoJsonFeatureOut(t.TrenchId, t.Geometry,
                [
                    new("id", t.TrenchId), new("kind", t.Kind), new("length_m", t.LengthM), new("trench_metres", t.TrenchMetres),
                    new("capex_euro", t.CapexEuro), new("sites_served", t.SitesServed), new("dug_quarter", t.DugQuarter),
                ]), t))),
                _ => new FeatureSet((await store.LinksAsync(version)).Select(l => FeatureSet.Entry(new GeoJsonFeatureOut(l.SiteId + "-" + l.HubId, l.Geometry,
                [
                    new("site_id", l.SiteId), new("hub_id", l.HubId), new("distance_m", l.DistanceM), new("line_of_sight", l.LineOfSight),
                ]), l))),
            };
        }
        catch
        {
            sets.TryRemove((version, layer), out _);
            throw;
        }
    }
}
