using Infra.Data.Import;

namespace Infra.Cli.Commands;

/// <summary>Layer names on the command line and in German tables, and the default file names in geodata/.</summary>
internal static class LayerNames
{
    private static readonly (Layer Layer, string Cli, string German)[] Names =
    [
        (Layer.Sites, "sites", "Liegenschaften"),
        (Layer.Routes, "routes", "LWL-Trassen"),
        (Layer.AccessPoints, "access-points", "LWL-Zugangspunkte"),
        (Layer.Streets, "streets", "Straßenabschnitte"),
        (Layer.Hubs, "hubs", "Richtfunk-Standorte"),
        (Layer.Obstacles, "obstacles", "Gebäude (Hindernisse)"),
    ];

    public static IEnumerable<string> CliNames => Names.Select(n => n.Cli);

    public static string Cli(Layer layer) => Names.First(n => n.Layer == layer).Cli;

    public static string German(Layer layer) => Names.First(n => n.Layer == layer).German;

    public static bool TryParse(string text, out Layer layer)
    {
        foreach (var n in Names)
        {
            if (string.Equals(n.Cli, text, StringComparison.OrdinalIgnoreCase))
            {
                layer = n.Layer;
                return true;
            }
        }

        layer = default;
        return false;
    }

    /// <summary>Guesses the layer from a file name as the project names them (e.g. strassen-synthetisch.geojson).</summary>
    public static Layer? Guess(string path)
    {
        var name = Path.GetFileName(path).ToLowerInvariant();
        return name switch
        {
            _ when name.EndsWith(".csv", StringComparison.Ordinal) => Layer.Sites,
            _ when name.StartsWith("liegenschaften", StringComparison.Ordinal) || name.StartsWith("sites", StringComparison.Ordinal) => Layer.Sites,
            _ when name.StartsWith("lwl-trassen", StringComparison.Ordinal) || name.StartsWith("routes", StringComparison.Ordinal) => Layer.Routes,
            _ when name.StartsWith("lwl-zugangspunkte", StringComparison.Ordinal) || name.StartsWith("access-points", StringComparison.Ordinal) => Layer.AccessPoints,
            _ when name.StartsWith("strassen", StringComparison.Ordinal) || name.StartsWith("streets", StringComparison.Ordinal) => Layer.Streets,
            _ when name.StartsWith("richtfunk", StringComparison.Ordinal) || name.StartsWith("hubs", StringComparison.Ordinal) => Layer.Hubs,
            _ when name.StartsWith("gebaeude", StringComparison.Ordinal) || name.StartsWith("obstacles", StringComparison.Ordinal) => Layer.Obstacles,
            _ => null,
        };
    }
}
