using Infra.Data.Import;
using Infra.Geo.Layers;

namespace Infra.Cli.Commands;

/// <summary>Layer names on the command line and in German tables.</summary>
internal static class LayerNames
{
    private static readonly (Layer Layer, LayerSchema Schema, string German)[] Names =
    [
        (Layer.Sites, LayerSchema.Sites, "Liegenschaften"),
        (Layer.Routes, LayerSchema.Routes, "LWL-Trassen"),
        (Layer.AccessPoints, LayerSchema.AccessPoints, "LWL-Zugangspunkte"),
        (Layer.Streets, LayerSchema.Streets, "Straßenabschnitte"),
        (Layer.Hubs, LayerSchema.Hubs, "Richtfunk-Standorte"),
        (Layer.Obstacles, LayerSchema.Obstacles, "Gebäude (Hindernisse)"),
        (Layer.Districts, LayerSchema.Districts, "Stadtbezirke"),
    ];

    public static IEnumerable<string> CliNames => Names.Select(n => n.Schema.Name);

    public static string Cli(Layer layer) => Schema(layer).Name;

    public static LayerSchema Schema(Layer layer) => Names.First(n => n.Layer == layer).Schema;

    public static string German(Layer layer) => Names.First(n => n.Layer == layer).German;

    public static bool TryParse(string text, out Layer layer)
    {
        foreach (var n in Names)
        {
            if (string.Equals(n.Schema.Name, text, StringComparison.OrdinalIgnoreCase))
            {
                layer = n.Layer;
                return true;
            }
        }

        layer = default;
        return false;
    }
}
