using Infra.Core.Language;
using System.CommandLine;
using Infra.Cli.Output;
using Infra.Core.Inputs;
using Infra.Data.Import;
using Infra.Scenarios;
using Infra.Geo.GeoJson;
using Infra.Geo.Layers;
using Infra.Geo.Plausibility;
using Spectre.Console;

namespace Infra.Cli.Commands;

/// <summary>
/// <c>infra import</c>: GeoJSON, GeoPackage and Shapefile layers and school CSV lists into the database, all files of
/// one call in one transaction, upsert by id. The layer of each file comes from its content or from <c>FILE:layer</c>;
/// every file is read and checked (and the plausibility of the whole import) before anything is written.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("dateien")
        {
            Description = "GeoJSON-, GeoPackage-, Shapefile- oder Schul-CSV-Dateien; DATEI:ebene gibt die Ebene an (sonst aus dem Inhalt)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var layer = new Option<string?>("--layer") { Description = "Ebene aller Dateien ohne eigene Angabe: " + string.Join(", ", LayerNames.CliNames) };
        var crs = CrsOption.Create("Koordinatensystem der Dateien, wenn sie keines angeben (EPSG:4326 oder EPSG:25832)");
        var removeMissing = new Option<bool>("--remove-missing") { Description = "Objekte löschen, die in der Datei fehlen" };
        var useDefault = new Option<bool>("--default") { Description = "die Dateien des Standardszenarios importieren (geodata/)" };
        var scenario = new Option<string?>("--scenario") { Description = "die Dateien dieses Szenarios importieren" };
        var source = new Option<string?>("--quelle") { Description = "Quellenangabe für Schullisten und Liegenschaften ohne eigene (z. B. \"Schulverzeichnis NRW 2024/25\")" };
        var strict = new Option<bool>("--strict") { Description = "Plausibilitätswarnungen als Fehler behandeln: dann wird nichts geschrieben" };
        var outsideKm = new Option<double>("--max-abstand-km")
        {
            Description = "Warnung, wenn ein Objekt weiter als so viele km außerhalb der übrigen Daten liegt",
            DefaultValueFactory = _ => new PlausibilityOptions().OutsideKm,
        };
        var movedM = new Option<double>("--max-verschiebung-m")
        {
            Description = "Warnung, wenn ein vorhandenes Objekt um mehr als so viele Meter verschoben wird",
            DefaultValueFactory = _ => new PlausibilityOptions().MovedM,
        };
        var maxMegabytes = new Option<double>("--max-mb")
        {
            Description = "größte zulässige Dateigröße in MB",
            DefaultValueFactory = _ => GeoJsonReadOptions.DefaultMaxBytes / 1024.0 / 1024.0,
        };
        var command = new Command("import", "Geodaten importieren (alles oder nichts, Abgleich per id)")
        {
            files, layer, crs, removeMissing, useDefault, scenario, source, strict, outsideKm, movedM, maxMegabytes,
        };
        command.SetAction((parse, ct) => InfraCommandLine.Guard(context, async () =>
        {
            var specs = Collect(parse.GetValue(files) ?? [], parse.GetValue(layer), parse.GetValue(useDefault), parse.GetValue(scenario));
            var read = new GeoJsonReadOptions
            {
                DeclaredSrid = parse.GetValue(crs),
                MaxBytes = (long)(parse.GetValue(maxMegabytes) * 1024 * 1024),
            };
            var options = new GeodataImportOptions
            {
                RemoveMissing = parse.GetValue(removeMissing),
                Strict = parse.GetValue(strict),
                Source = parse.GetValue(source),
                Plausibility = new PlausibilityOptions { OutsideKm = parse.GetValue(outsideKm), MovedM = parse.GetValue(movedM) },
            };
            return await RunAsync(context, parse.GetValue(InfraCommandLine.Database)!, specs, read, options, ct).ConfigureAwait(false);
        }));
        return command;
    }

    private static async Task<int> RunAsync(
        CliContext context, string dbPath, IReadOnlyList<(string Path, LayerSchema? Schema)> specs, GeoJsonReadOptions read,
        GeodataImportOptions options, CancellationToken ct)
    {
        var (result, skippedFiles) = await ProgressBars.RunAsync(context.Console, async progress =>
        {
            var contents = new List<LayerContent>();
            var errors = new List<InputError>();
            var skipped = new List<string>();
            foreach (var (path, schema) in specs)
            {
                progress.Step($"Lesen: {Path.GetFileName(path)}");
                try
                {
                    var layers = LayerSources.Read(path, schema, read, options.Source);
                    if (layers.Count == 0)
                    {
                        skipped.Add(path);
                    }

                    contents.AddRange(layers);
                }
                catch (InputException e)
                {
                    errors.AddRange(e.Errors);
                }

                progress.Report(contents.Count / (double)specs.Count);
            }

            if (errors.Count > 0)
            {
                throw new InputException(errors);
            }

            progress.Step("Prüfen und Schreiben in die Datenbank (eine Transaktion)");
            var database = await DatabaseTarget.OpenAsync(dbPath, ct).ConfigureAwait(false);
            try
            {
                var written = await new GeodataImport(database, context.Time).RunAsync(contents, options, ct).ConfigureAwait(false);
                progress.Complete();
                return (Result: written, Skipped: skipped);
            }
            catch (LayerImportException e)
            {
                var layer = e.Layer is { } l ? LayerNames.German(l) : "Import";
                var sources = e.Layer is { } fl ? string.Join(", ", contents.Where(c => GeodataImport.LayerOf(c.Schema) == fl).Select(c => c.Source)) : "(input)";
                throw new InputException(new InputError(sources, null, null, null, $"{layer}: die Datenbank hat den Import abgelehnt: {e.InnerException?.Message ?? e.Message}"));
            }
        }).ConfigureAwait(false);

        var table = new Table().Title("Import").AddColumns("Ebene", "neu", "geändert", "unverändert", "entfernt");
        foreach (var r in result.Layers)
        {
            table.AddRow(LayerNames.German(r.Layer), GermanFormat.Number(r.New), GermanFormat.Number(r.Changed), GermanFormat.Number(r.Unchanged), GermanFormat.Number(r.Removed));
        }

        context.Console.Write(table);
        foreach (var file in skippedFiles)
        {
            context.Console.MarkupLine($"Übersprungen (keine Objekte, keine Ebene angegeben): {Markup.Escape(file)}");
        }

        if (result.DistrictsAssigned > 0 || result.SitesWithoutDistrict > 0)
        {
            context.Console.MarkupLine(
                $"Stadtbezirk: {GermanFormat.Number(result.DistrictsAssigned)} Liegenschaften aus den Bezirksgrenzen zugeordnet, {GermanFormat.Number(result.SitesWithoutDistrict)} ohne Stadtbezirk.");
        }

        if (result.Warnings.Count > 0)
        {
            context.Console.MarkupLine($"[yellow]Warnungen ({GermanFormat.Number(result.Warnings.Count)}), im Importprotokoll gespeichert; --strict macht sie zu Fehlern:[/]");
            foreach (var warning in result.Warnings)
            {
                context.Console.WriteLine("  " + warning);
            }
        }

        context.Console.MarkupLine($"[green]Import abgeschlossen[/] in {Markup.Escape(dbPath)}.");
        return ExitCodes.Ok;
    }

    private static IReadOnlyList<(string Path, LayerSchema? Schema)> Collect(string[] files, string? layerName, bool useDefault, string? scenarioPath)
    {
        if (useDefault || scenarioPath is not null)
        {
            if (files.Length > 0)
            {
                throw new InputException("--default/--scenario und Dateien schließen sich aus");
            }

            var path = scenarioPath ?? ScenarioInputFiles.DefaultScenario;
            var scenario = ScenarioFile.Load(path);
            return ScenarioInputFiles.Resolve(scenario, path)
                .OrderBy(p => p.Key)
                .SelectMany(p => p.Value.Select(f => (f, (LayerSchema?)LayerNames.Schema(p.Key))))
                .ToArray();
        }

        if (files.Length == 0)
        {
            throw new InputException("keine Dateien angegeben (oder --default für die Standarddaten)");
        }

        LayerSchema? forced = null;
        if (layerName is not null)
        {
            forced = LayerSchema.Find(layerName)
                ?? throw new InputException($"--layer: unbekannte Ebene '{layerName}' (erlaubt: {string.Join(", ", LayerNames.CliNames)})");
        }

        return files.Select(LayerSources.ParseSpec).Select(s => (s.Path, s.Schema ?? forced)).ToArray();
    }
}
