using Infra.Core.Language;
using System.CommandLine;
using Infra.Cli.Output;
using Infra.Core.Inputs;
using Infra.Data.Import;
using Infra.Data.Store;
using Infra.Geo.Layers;
using Spectre.Console;

namespace Infra.Cli.Commands;

/// <summary>
/// <c>infra export</c>: layers from the database as GeoJSON, GeoPackage or Shapefile (WGS84 by default, EPSG:25832 on
/// request); re-importing the export changes nothing.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var layer = new Option<string?>("--layer") { Description = "nur diese Ebene: " + string.Join(", ", LayerNames.CliNames) };
        var output = new Option<string>("--out")
        {
            Description = "Zielordner (eine Datei je Ebene; GeoPackage: infra.gpkg) oder eine Datei (.geojson/.shp mit --layer, .gpkg)",
            DefaultValueFactory = _ => Path.Combine("out", "export"),
        };
        var crs = CrsOption.Create("Koordinatensystem der Ausgabe (Standard EPSG:4326; EPSG:25832 für QGIS-Projekte in UTM)");
        var format = new Option<string>("--format")
        {
            Description = "Dateiformat: " + string.Join(", ", LayerExport.Names),
            DefaultValueFactory = _ => "geojson",
        };
        var command = new Command("export", "Ebenen aus der Datenbank als GeoJSON, GeoPackage oder Shapefile schreiben") { layer, output, crs, format };
        command.SetAction((parse, ct) => InfraCommandLine.Guard(context, async () =>
        {
            Layer? only = null;
            if (parse.GetValue(layer) is { } name)
            {
                only = LayerNames.TryParse(name, out var l) ? l : throw new InputException($"--layer: unbekannte Ebene '{name}'");
            }

            var fileFormat = LayerExport.Parse(parse.GetValue(format))
                ?? throw new InputException($"--format: unbekanntes Format '{parse.GetValue(format)}' (erlaubt: {string.Join(", ", LayerExport.Names)})");
            var srid = CrsOption.OutputSrid(parse.GetValue(crs));
            var target = parse.GetValue(output)!;
            var database = await DatabaseTarget.OpenAsync(parse.GetValue(InfraCommandLine.Database)!, ct).ConfigureAwait(false);
            var inventory = await new LayerStore(database).LoadInventoryAsync(ct).ConfigureAwait(false);
            var layers = (only is { } one ? [one] : Enum.GetValues<Layer>())
                .Select(l => (Layer: l, Schema: LayerNames.Schema(l), Items: GeodataImport.ItemsOf(inventory, LayerNames.Schema(l))))
                .ToArray();
            var paths = LayerExport.Write(fileFormat, target, layers.Select(l => (l.Schema, l.Items)).ToArray(), srid, context.Time.GetUtcNow());
            var table = new Table().Title("Export").AddColumns("Ebene", "Objekte", "Datei");
            for (var i = 0; i < layers.Length; i++)
            {
                table.AddRow(LayerNames.German(layers[i].Layer), GermanFormat.Number(layers[i].Items.Count), Markup.Escape(paths[i]));
            }

            context.Console.Write(table);
            context.Console.MarkupLine($"Koordinatensystem: EPSG:{srid}");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
