using Infra.Core.Inputs;
using Infra.Core.Network;
using Infra.Core.Sites;
using Infra.Data.Import;
using Infra.Geo.Csv;
using Infra.Geo.GeoJson;
using Infra.Geo.Layers;

namespace Infra.Cli.Commands;

/// <summary>
/// Reads the files of one layer (GeoJSON; for sites also school CSV lists) into one <see cref="LayerImport"/>.
/// Several files of a layer are merged; an id found in two files is an error that names both.
/// </summary>
internal static class LayerFileSet
{
    public static LayerImport Read(Layer layer, IReadOnlyList<string> files, GeoJsonReadOptions options, bool removeMissing)
    {
        ArgumentNullException.ThrowIfNull(files);
        return layer switch
        {
            Layer.Sites => LayerImport.Sites(Merge(files, f => IsCsv(f) ? SchoolCsv.Read(f) : LayerFiles.ReadSites(f, options), s => s.Id.Value), removeMissing),
            Layer.Routes => LayerImport.Routes(Merge(files, f => LayerFiles.ReadRoutes(f, options), r => r.Id.Value), removeMissing),
            Layer.AccessPoints => LayerImport.AccessPoints(Merge(files, f => LayerFiles.ReadAccessPoints(f, options), a => a.Id.Value), removeMissing),
            Layer.Streets => LayerImport.Streets(Merge(files, f => LayerFiles.ReadStreets(f, options), s => s.Id.Value), removeMissing),
            Layer.Hubs => LayerImport.Hubs(Merge(files, f => LayerFiles.ReadHubs(f, options), h => h.Id.Value), removeMissing),
            Layer.Obstacles => LayerImport.Obstacles(Merge(files, f => LayerFiles.ReadObstacles(f, options), o => o.Id.Value), removeMissing),
            _ => throw new ArgumentOutOfRangeException(nameof(layer), layer, "unknown layer"),
        };
    }

    /// <summary>Reads every layer a scenario names into an inventory (planning straight from files).</summary>
    public static GeoInventory ReadInventory(IReadOnlyDictionary<Layer, IReadOnlyList<string>> files, GeoJsonReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(files);
        IReadOnlyList<string> Of(Layer l) => files.TryGetValue(l, out var f) ? f : [];
        return new GeoInventory
        {
            Sites = Merge(Of(Layer.Sites), f => IsCsv(f) ? SchoolCsv.Read(f) : LayerFiles.ReadSites(f, options), s => s.Id.Value),
            Routes = Merge(Of(Layer.Routes), f => LayerFiles.ReadRoutes(f, options), r => r.Id.Value),
            AccessPoints = Merge(Of(Layer.AccessPoints), f => LayerFiles.ReadAccessPoints(f, options), a => a.Id.Value),
            Streets = Merge(Of(Layer.Streets), f => LayerFiles.ReadStreets(f, options), s => s.Id.Value),
            Hubs = Merge(Of(Layer.Hubs), f => LayerFiles.ReadHubs(f, options), h => h.Id.Value),
            Obstacles = Merge(Of(Layer.Obstacles), f => LayerFiles.ReadObstacles(f, options), o => o.Id.Value),
        };
    }

    private static bool IsCsv(string path) => path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);

    private static List<T> Merge<T>(IReadOnlyList<string> files, Func<string, IReadOnlyList<T>> read, Func<T, string> id)
    {
        var all = new List<T>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var errors = new List<InputError>();
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                errors.Add(new InputError(file, null, null, null, "file not found"));
                continue;
            }

            var items = read(file);
            for (var i = 0; i < items.Count; i++)
            {
                var key = id(items[i]);
                if (seen.TryGetValue(key, out var first))
                {
                    errors.Add(new InputError(file, i, key, "id", $"id also used in {first}"));
                    continue;
                }

                seen[key] = file;
                all.Add(items[i]);
            }
        }

        return errors.Count > 0 ? throw new InputException(errors) : all;
    }
}
