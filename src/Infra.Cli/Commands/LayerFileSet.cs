using Infra.Core.Network;
using Infra.Data.Import;
using Infra.Geo.GeoJson;
using Infra.Geo.Layers;

namespace Infra.Cli.Commands;

/// <summary>
/// Reads the files a scenario names per layer (GeoJSON, school CSV, GeoPackage, Shapefile) into one
/// <see cref="LayerImport"/> per layer or into an inventory. Several files of a layer are merged; an id found in two
/// files is an error that names both.
/// </summary>
internal static class LayerFileSet
{
    public static LayerImport Read(Layer layer, IReadOnlyList<string> files, GeoJsonReadOptions options, bool removeMissing)
    {
        ArgumentNullException.ThrowIfNull(files);
        var schema = LayerNames.Schema(layer);
        var merged = LayerMerge.Merge(files.SelectMany(f => LayerSources.Read(f, schema, options)).ToArray());
        return GeodataImport.Create(schema, merged.TryGetValue(schema, out var items) ? items : [], removeMissing);
    }

    /// <summary>Reads every layer a scenario names into an inventory (planning straight from files).</summary>
    public static GeoInventory ReadInventory(IReadOnlyDictionary<Layer, IReadOnlyList<string>> files, GeoJsonReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(files);
        var contents = files.SelectMany(f => f.Value.SelectMany(path => LayerSources.Read(path, LayerNames.Schema(f.Key), options))).ToArray();
        var merged = LayerMerge.Merge(contents);
        IReadOnlyList<T> Of<T>(LayerSchema s) => merged.TryGetValue(s, out var items) ? items.Cast<T>().ToArray() : [];
        var districts = Of<District>(LayerSchema.Districts);
        return new GeoInventory
        {
            Sites = DistrictAssigner.Assign(Of<Core.Sites.Site>(LayerSchema.Sites), districts),
            Routes = Of<LwlRoute>(LayerSchema.Routes),
            AccessPoints = Of<AccessPoint>(LayerSchema.AccessPoints),
            Streets = Of<StreetSegment>(LayerSchema.Streets),
            Hubs = Of<RadioHub>(LayerSchema.Hubs),
            Obstacles = Of<Obstacle>(LayerSchema.Obstacles),
            Districts = districts,
        };
    }
}
