using Infra.Core.Language;
using System.CommandLine;
using Infra.Cli.Output;
using Infra.Core.Inputs;
using Infra.Data.Import;
using Infra.Scenarios;
using Infra.Geo.GeoJson;
using Spectre.Console;

namespace Infra.Cli.Commands;

/// <summary>
/// <c>infra import</c>: GeoJSON layers and school CSV lists into the database, all layers of one call in one
/// transaction, upsert by id. Every file is read and checked before anything is written.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("dateien") { Description = "GeoJSON- oder Schul-CSV-Dateien", Arity = ArgumentArity.ZeroOrMore };
        var layer = new Option<string?>("--layer")
        {
            Description = "Ebene: " + string.Join(", ", LayerNames.CliNames) + " (sonst aus dem Dateinamen)",
        };
        var crs = CrsOption.Create("Koordinatensystem der Dateien, wenn sie keines angeben (EPSG:4326 oder EPSG:25832)");
        var removeMissing = new Option<bool>("--remove-missing") { Description = "Objekte löschen, die in der Datei fehlen" };
        var useDefault = new Option<bool>("--default") { Description = "die Dateien des Standardszenarios importieren (geodata/)" };
        var scenario = new Option<string?>("--scenario") { Description = "die Dateien dieses Szenarios importieren" };
        var maxMegabytes = new Option<double>("--max-mb")
        {
            Description = "größte zulässige Dateigröße in MB",
            DefaultValueFactory = _ => GeoJsonReadOptions.DefaultMaxBytes / 1024.0 / 1024.0,
        };
        var command = new Command("import", "Geodaten importieren (alles oder nichts, Abgleich per id)")
        {
            files, layer, crs, removeMissing, useDefault, scenario, maxMegabytes,
        };
        command.SetAction((parse, ct) => InfraCommandLine.Guard(context, async () =>
        {
            var byLayer = Collect(parse.GetValue(files) ?? [], parse.GetValue(layer), parse.GetValue(useDefault), parse.GetValue(scenario));
            var options = new GeoJsonReadOptions
            {
                DeclaredSrid = parse.GetValue(crs),
                MaxBytes = (long)(parse.GetValue(maxMegabytes) * 1024 * 1024),
            };
            var dbPath = parse.GetValue(InfraCommandLine.Database)!;
            return await RunAsync(context, dbPath, byLayer, options, parse.GetValue(removeMissing), ct).ConfigureAwait(false);
        }));
        return command;
    }

    private static async Task<int> RunAsync(
        CliContext context, string dbPath, Dictionary<Layer, IReadOnlyList<string>> byLayer, GeoJsonReadOptions options, bool removeMissing, CancellationToken ct)
    {
        var results = await ProgressBars.RunAsync(context.Console, async progress =>
        {
            var imports = new List<LayerImport>();
            var done = 0;
            foreach (var (layer, layerFiles) in byLayer.OrderBy(l => l.Key))
            {
                progress.Step($"Lesen: {LayerNames.German(layer)} ({layerFiles.Count} Datei(en))");
                imports.Add(LayerFileSet.Read(layer, layerFiles, options, removeMissing));
                progress.Report(++done / (double)byLayer.Count);
            }

            progress.Step("Schreiben in die Datenbank (eine Transaktion)");
            var database = await DatabaseTarget.OpenAsync(dbPath, ct).ConfigureAwait(false);
            try
            {
                var written = await new LayerImporter(database).ImportAsync(imports, ct).ConfigureAwait(false);
                progress.Complete();
                return written;
            }
            catch (LayerImportException e)
            {
                var layer = e.Layer is { } l ? LayerNames.German(l) : "Import";
                var files = e.Layer is { } fl && byLayer.TryGetValue(fl, out var f) ? string.Join(", ", f) : "(input)";
                throw new InputException(new InputError(files, null, null, null, $"{layer}: die Datenbank hat den Import abgelehnt: {e.InnerException?.Message ?? e.Message}"));
            }
        }).ConfigureAwait(false);

        var table = new Table().Title("Import").AddColumns("Ebene", "neu", "geändert", "unverändert", "entfernt");
        foreach (var r in results)
        {
            table.AddRow(LayerNames.German(r.Layer), GermanFormat.Number(r.New), GermanFormat.Number(r.Changed), GermanFormat.Number(r.Unchanged), GermanFormat.Number(r.Removed));
        }

        context.Console.Write(table);
        context.Console.MarkupLine($"[green]Import abgeschlossen[/] in {Markup.Escape(dbPath)}.");
        return ExitCodes.Ok;
    }

    private static Dictionary<Layer, IReadOnlyList<string>> Collect(string[] files, string? layerName, bool useDefault, string? scenarioPath)
    {
        if (useDefault || scenarioPath is not null)
        {
            if (files.Length > 0)
            {
                throw new InputException("--default/--scenario und Dateien schließen sich aus");
            }

            var path = scenarioPath ?? ScenarioInputFiles.DefaultScenario;
            var scenario = ScenarioFile.Load(path);
            return ScenarioInputFiles.Resolve(scenario, path).ToDictionary(p => p.Key, p => p.Value);
        }

        if (files.Length == 0)
        {
            throw new InputException("keine Dateien angegeben (oder --default für die Standarddaten)");
        }

        Layer? forced = null;
        if (layerName is not null)
        {
            forced = LayerNames.TryParse(layerName, out var parsed)
                ? parsed
                : throw new InputException($"--layer: unbekannte Ebene '{layerName}' (erlaubt: {string.Join(", ", LayerNames.CliNames)})");
        }

        var byLayer = new Dictionary<Layer, List<string>>();
        foreach (var file in files)
        {
            var layer = forced ?? LayerNames.Guess(file)
                ?? throw new InputException(new InputError(file, null, null, null, "Ebene nicht erkennbar: bitte --layer angeben"));
            if (!byLayer.TryGetValue(layer, out var list))
            {
                byLayer[layer] = list = [];
            }

            list.Add(file);
        }

        return byLayer.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value);
    }
}
