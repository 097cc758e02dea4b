using System.Runtime.CompilerServices;
using Infra.Core.Sites;
using Infra.Data.Import;
using Infra.Web.Geo;
using Microsoft.Extensions.DependencyInjection;

namespace Infra.Web.Ogc;

/// <summary>One OGC API Features collection: id, German title, and how to get its features (null: nothing to show yet).</summary>
public sealed record OgcSource(string Id, string Title, string Description, Func<IServiceProvider, CancellationToken, Task<FeatureSet?>> Load);

/// <summary>The collections served under /ogc: the geodata layers, the schools among the sites, and the latest plan's layers.</summary>
public sealed class OgcCatalog
{
    private static readonly ConditionalWeakTable<FeatureSet, FeatureSet> Schools = new();

    public OgcCatalog(IEnumerable<OgcSource> extra)
    {
        var layers = new[] { Layer.Sites, Layer.Routes, Layer.Streets, Layer.AccessPoints, Layer.Hubs, Layer.Obstacles, Layer.Districts }
            .Select(LayerCatalog.Of)
            .Select(l => new OgcSource(l.Name, l.Title, $"Geodaten-Ebene {l.Title} (Datenbank)", async (sp, ct) =>
                await sp.GetRequiredService<LayerCache>().GetAsync(l.Layer, ct)));
        var schools = new OgcSource("schools", "Schulen", "Liegenschaften der Art Schule", async (sp, ct) =>
        {
            var sites = await sp.GetRequiredService<LayerCache>().GetAsync(Layer.Sites, ct);
            return Schools.GetValue(sites, s => new FeatureSet(s.Features.Where(f => f.Item is Site { Kind: SiteKind.School })));
        });
        All = [.. layers.Take(1), schools, .. layers.Skip(1), .. extra];
    }

    public IReadOnlyList<OgcSource> All { get; }

    public OgcSource? Find(string id) => All.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.Ordinal));
}
