using Infra.Core.Language;
using System.CommandLine;
using Infra.Cli.Output;
using Infra.Core.Inputs;
using Infra.Data.Import;
using Infra.Data.Store;
using Infra.Geo.Layers;
using Spectre.Console;

namespace Infra.Cli.Commands;

/// <summary><c>infra export</c>: layers from the database back to GeoJSON (WGS84 by default, EPSG:25832 on request).</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var layer = new Option<string?>("--layer") { Description = "nur diese Ebene: " + string.Join(", ", LayerNames.CliNames) };
        var output = new Option<string>("--out")
        {
            Description = "Zielordner (eine Datei je Ebene) oder mit --layer eine .geojson-Datei",
            DefaultValueFactory = _ => Path.Combine("out", "export"),
        };
        var crs = CrsOption.Create("Koordinatensystem der Ausgabe (Standard EPSG:4326; EPSG:25832 für QGIS-Projekte in UTM)");
        var command = new Command("export", "Ebenen aus der Datenbank als GeoJSON schreiben") { layer, output, crs };
        command.SetAction((parse, ct) => InfraCommandLine.Guard(context, async () =>
        {
            Layer? only = null;
            if (parse.GetValue(layer) is { } name)
            {
                only = LayerNames.TryParse(name, out var l) ? l : throw new InputException($"--layer: unbekannte Ebene '{name}'");
            }

            var srid = CrsOption.OutputSrid(parse.GetValue(crs));
            var target = parse.GetValue(output)!;
            var database = await DatabaseTarget.OpenAsync(parse.GetValue(InfraCommandLine.Database)!, ct).ConfigureAwait(false);
            var inventory = await new LayerStore(database).LoadInventoryAsync(ct).ConfigureAwait(false);
            var layers = only is { } one ? [one] : Enum.GetValues<Layer>();
            var table = new Table().Title("Export").AddColumns("Ebene", "Objekte", "Datei");
            foreach (var l in layers)
            {
                var path = only is not null && target.EndsWith(".geojson", StringComparison.OrdinalIgnoreCase)
                    ? target
                    : Path.Combine(target, LayerNames.Cli(l) + ".geojson");
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
                var count = Write(l, inventory, path, srid);
                table.AddRow(LayerNames.German(l), GermanFormat.Number(count), Markup.Escape(path));
            }

            context.Console.Write(table);
            context.Console.MarkupLine($"Koordinatensystem: EPSG:{srid}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static int Write(Layer layer, Core.Network.GeoInventory inventory, string path, int srid)
    {
        switch (layer)
        {
            case Layer.Sites:
                LayerFiles.WriteSites(path, inventory.Sites, srid);
                return inventory.Sites.Count;
            case Layer.Routes:
                LayerFiles.WriteRoutes(path, inventory.Routes, srid);
                return inventory.Routes.Count;
            case Layer.AccessPoints:
                LayerFiles.WriteAccessPoints(path, inventory.AccessPoints, srid);
                return inventory.AccessPoints.Count;
            case Layer.Streets:
                LayerFiles.WriteStreets(path, inventory.Streets, srid);
                return inventory.Streets.Count;
            case Layer.Hubs:
                LayerFiles.WriteHubs(path, inventory.Hubs, srid);
                return inventory.Hubs.Count;
            case Layer.Obstacles:
                LayerFiles.WriteObstacles(path, inventory.Obstacles, srid);
                return inventory.Obstacles.Count;
            default:
                throw new ArgumentOutOfRangeException(nameof(layer), layer, "unknown layer");
        }
    }
}
