using Infra.Core.Inputs;
using Infra.Core.Network;
using Infra.Core.Sites;
using Infra.Data.Store;
using Infra.Geo.Layers;
using Infra.Geo.Plausibility;

namespace Infra.Data.Import;

/// <summary>
/// Imports layers read from files (GeoJSON, school CSV, GeoPackage, Shapefile) all-or-nothing: merges the files of a
/// layer (an id in two files is an error naming both), fills the source label and, from a districts layer of this
/// import or the database, the district of sites that have none, checks plausibility against the database, and writes
/// every layer in one transaction with an import-log entry. With <see cref="GeodataImportOptions.Strict"/> any warning
/// stops the import before anything is written.
/// </summary>
public sealed class GeodataImport(InfraDatabase database, TimeProvider time)
{
    /// <exception cref="InputException">Duplicate ids across files, or warnings under strict; nothing was written.</exception>
    /// <exception cref="LayerImportException">The database refused a write; nothing was written.</exception>
    public async Task<GeodataImportResult> RunAsync(
        IReadOnlyList<LayerContent> contents, GeodataImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contents);
        ArgumentNullException.ThrowIfNull(options);
        var merged = LayerMerge.Merge(contents);
        var store = new LayerStore(database);
        var existing = await store.LoadInventoryAsync(cancellationToken);
        var (assigned, without) = (0, 0);
        var districtWarnings = new List<InputError>();
        if (merged.TryGetValue(LayerSchema.Sites, out var siteItems))
        {
            var districts = merged.TryGetValue(LayerSchema.Districts, out var d) ? d.Cast<District>().ToArray() : existing.Districts;
            var sites = siteItems.Cast<Site>().Select(s => options.Source is { } source && s.Source.Length == 0 ? s with { Source = source } : s).ToArray();
            var withDistricts = DistrictAssigner.Assign(sites, districts, out var unknown);
            var siteFiles = string.Join(", ", contents.Where(c => c.Schema == LayerSchema.Sites).Select(c => c.Source).Distinct());
            districtWarnings.AddRange(unknown.Select(u => new InputError(siteFiles, null, u.Site.Value, "district",
                $"Stadtbezirk '{u.District}' gibt es in der Bezirksebene nicht ({string.Join(", ", districts.Select(x => x.Name).Order(Core.Language.GermanCollation.Instance))}); der Name bleibt, wie er ist")));
            assigned = withDistricts.Count(s => s.District.Length > 0) - sites.Count(s => s.District.Length > 0);
            without = withDistricts.Count(s => s.District.Length == 0);
            merged[LayerSchema.Sites] = [.. withDistricts];
        }

        var warnings = contents.SelectMany(c => c.Warnings).Concat(districtWarnings).ToList();
        var finals = merged.Select(m => new LayerContent(m.Key, string.Join(", ", contents.Where(c => c.Schema == m.Key).Select(c => c.Source)), m.Value, []))
            .ToArray();
        warnings.AddRange(ImportPlausibility.Check(finals, schema => ItemsOf(existing, schema), options.Plausibility));
        if (options.Strict && warnings.Count > 0)
        {
            throw new InputException(warnings.Select(w => w with { Message = "--strict: " + w.Message }).ToArray());
        }

        var imports = merged.Select(m => Create(m.Key, m.Value, options.RemoveMissing)).ToArray();
        var record = new ImportRecord(time.GetUtcNow(), options.Origin, contents.Select(c => $"{c.Schema.Name}\t{c.Source}").Distinct().ToArray(), warnings);
        var results = await new LayerImporter(database).ImportAsync(imports, record, cancellationToken);
        return new GeodataImportResult(results, warnings, assigned, without);
    }

    /// <summary>The database layer a schema is stored in.</summary>
    public static Layer LayerOf(LayerSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return schema.Name switch
        {
            "sites" => Layer.Sites,
            "routes" => Layer.Routes,
            "access-points" => Layer.AccessPoints,
            "streets" => Layer.Streets,
            "hubs" => Layer.Hubs,
            "obstacles" => Layer.Obstacles,
            "districts" => Layer.Districts,
            _ => throw new ArgumentException($"unknown layer {schema.Name}", nameof(schema)),
        };
    }

    /// <summary>The schema of a database layer.</summary>
    public static LayerSchema SchemaOf(Layer layer) => LayerSchema.All.First(s => LayerOf(s) == layer);

    /// <summary>The records of one layer of an inventory, for checks that treat every layer alike.</summary>
    public static IReadOnlyList<object> ItemsOf(GeoInventory inventory, LayerSchema schema)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        return LayerOf(schema) switch
        {
            Layer.Sites => inventory.Sites,
            Layer.Routes => inventory.Routes,
            Layer.AccessPoints => inventory.AccessPoints,
            Layer.Streets => inventory.Streets,
            Layer.Hubs => inventory.Hubs,
            Layer.Obstacles => inventory.Obstacles,
            _ => inventory.Districts,
        };
    }

    /// <summary>The import of one layer's records.</summary>
    public static LayerImport Create(LayerSchema schema, IReadOnlyList<object> items, bool removeMissing) => LayerOf(schema) switch
    {
        Layer.Sites => LayerImport.Sites(items.Cast<Site>(), removeMissing),
        Layer.Routes => LayerImport.Routes(items.Cast<LwlRoute>(), removeMissing),
        Layer.AccessPoints => LayerImport.AccessPoints(items.Cast<AccessPoint>(), removeMissing),
        Layer.Streets => LayerImport.Streets(items.Cast<StreetSegment>(), removeMissing),
        Layer.Hubs => LayerImport.Hubs(items.Cast<RadioHub>(), removeMissing),
        Layer.Obstacles => LayerImport.Obstacles(items.Cast<Obstacle>(), removeMissing),
        _ => LayerImport.Districts(items.Cast<District>(), removeMissing),
    };
}
