using Infra.Core.Language;
using System.CommandLine;
using Infra.Cli.Output;
using Infra.Core.Network;
using Infra.Geo.Csv;
using Infra.Geo.Layers;
using Infra.Synthetic;
using Spectre.Console;

namespace Infra.Cli.Commands;

/// <summary>
/// <c>infra geodata synth</c>: regenerates the synthetic stand-in layers of geodata/ from the real schools and
/// district centres, seeded, byte for byte the same for the same seed and inputs.
/// </summary>
internal static class GeodataCommand
{
    /// <summary>File names of the synthetic layers, as the default scenario names them.</summary>
    public static readonly IReadOnlyList<string> SyntheticFiles =
    [
        "liegenschaften-synthetisch.geojson",
        "lwl-trassen-synthetisch.geojson",
        "lwl-zugangspunkte-synthetisch.geojson",
        "strassen-synthetisch.geojson",
        "richtfunk-standorte-synthetisch.geojson",
        "gebaeude-synthetisch.geojson",
    ];

    public static Command Create(CliContext context)
    {
        var output = new Option<string>("--out") { Description = "Zielordner", DefaultValueFactory = _ => "geodata" };
        var seed = new Option<int>("--seed") { Description = "Startwert des Zufallsgenerators", DefaultValueFactory = _ => 2028 };
        var schools = new Option<string>("--schools")
        {
            Description = "Schulliste (CSV, real)",
            DefaultValueFactory = _ => Path.Combine("geodata", "schulen-dortmund-2024-25.csv"),
        };
        var districts = new Option<string>("--districts")
        {
            Description = "Stadtbezirke mit Mittelpunkt (CSV, real)",
            DefaultValueFactory = _ => Path.Combine("geodata", "stadtbezirke-dortmund.csv"),
        };
        var synth = new Command("synth", "synthetische Ebenen erzeugen (Liegenschaften, LWL-Bestand, Straßen, Richtfunk-Standorte, Gebäude)")
        {
            output, seed, schools, districts,
        };
        synth.SetAction((parse, ct) => InfraCommandLine.Guard(context, async () =>
        {
            var folder = parse.GetValue(output)!;
            var options = new SynthesisOptions
            {
                Seed = parse.GetValue(seed),
                Schools = SchoolCsv.Read(parse.GetValue(schools)!),
                Districts = DistrictCsv.Read(parse.GetValue(districts)!),
            };
            var inventory = await ProgressBars.RunAsync(context.Console, progress =>
            {
                progress.Step($"Erzeugen (Seed {options.Seed})");
                var generated = CitySynthesizer.Generate(options);
                progress.Step("Schreiben (EPSG:25832)");
                Write(generated, folder);
                progress.Complete();
                return Task.FromResult(generated);
            }).ConfigureAwait(false);

            var table = new Table().Title("Synthetische Geodaten").AddColumns("Datei", "Objekte", "Größe");
            var counts = new[]
            {
                inventory.Sites.Count, inventory.Routes.Count, inventory.AccessPoints.Count,
                inventory.Streets.Count, inventory.Hubs.Count, inventory.Obstacles.Count,
            };
            for (var i = 0; i < SyntheticFiles.Count; i++)
            {
                var size = new FileInfo(Path.Combine(folder, SyntheticFiles[i])).Length;
                table.AddRow(SyntheticFiles[i], GermanFormat.Number(counts[i]), GermanFormat.Number(size / 1024.0 / 1024.0, 1) + " MB");
            }

            context.Console.Write(table);
            context.Console.MarkupLine(
                $"LWL-Bestand: {GermanFormat.Kilometres(inventory.Routes.Sum(r => r.LengthM))}, Straßennetz: {GermanFormat.Kilometres(inventory.Streets.Sum(s => s.LengthM))}.");
            return ExitCodes.Ok;
        }));
        return new Command("geodata", "Geodaten erzeugen") { synth };
    }

    /// <summary>Writes every synthetic layer into <paramref name="folder"/> in EPSG:25832 (the data's own CRS, no rounding loss).</summary>
    public static void Write(GeoInventory inventory, string folder)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        Directory.CreateDirectory(folder);
        LayerFiles.WriteSites(Path.Combine(folder, SyntheticFiles[0]), inventory.Sites, Srid.Etrs89Utm32);
        LayerFiles.WriteRoutes(Path.Combine(folder, SyntheticFiles[1]), inventory.Routes, Srid.Etrs89Utm32);
        LayerFiles.WriteAccessPoints(Path.Combine(folder, SyntheticFiles[2]), inventory.AccessPoints, Srid.Etrs89Utm32);
        LayerFiles.WriteStreets(Path.Combine(folder, SyntheticFiles[3]), inventory.Streets, Srid.Etrs89Utm32);
        LayerFiles.WriteHubs(Path.Combine(folder, SyntheticFiles[4]), inventory.Hubs, Srid.Etrs89Utm32);
        LayerFiles.WriteObstacles(Path.Combine(folder, SyntheticFiles[5]), inventory.Obstacles, Srid.Etrs89Utm32);
    }
}
