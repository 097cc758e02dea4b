using System.CommandLine;
using System.Diagnostics;
using Infra.Cli.Output;
using Infra.Core.Network;
using Infra.Core.Scenarios;
using Infra.Core.Sites;
using Infra.Data.Scenarios;
using Infra.Data.Store;
using Infra.Geo.GeoJson;
using Infra.Planning.Design;
using Infra.Planning.Instance;
using Infra.Planning.Plans;
using Infra.Planning.Schedule;
using Spectre.Console;

namespace Infra.Cli.Commands;

/// <summary><c>infra plan</c>: plans a scenario and writes the plan files, with a German summary.</summary>
internal static class PlanCommand
{
    public static Command Create(CliContext context)
    {
        var scenarioArg = new Argument<string>("szenario") { Description = "Szenariodatei (YAML)" };
        var output = new Option<string?>("--out") { Description = "Ausgabeordner (Standard: out/<Szenario>)" };
        var fromDb = new Option<bool>("--from-db") { Description = "auf dem Bestand der Datenbank planen statt auf den Dateien des Szenarios" };
        var crs = CrsOption.Create("Koordinatensystem der GeoJSON-Ausgabe (Standard EPSG:4326)");
        var command = new Command("plan", "Szenario planen: Technologie je Liegenschaft, Trassen, Richtfunk, Kosten")
        {
            scenarioArg, output, fromDb, crs,
        };
        command.SetAction((parse, ct) => InfraCommandLine.Guard(context, async () =>
        {
            var path = parse.GetValue(scenarioArg)!;
            var scenario = ScenarioFile.Load(path);
            var inventory = parse.GetValue(fromDb) || scenario.Inputs.IsEmpty
                ? await FromDatabaseAsync(parse.GetValue(InfraCommandLine.Database)!, ct).ConfigureAwait(false)
                : LayerFileSet.ReadInventory(ScenarioInputFiles.Resolve(scenario, path), new GeoJsonReadOptions());
            var folder = parse.GetValue(output) ?? Path.Combine("out", scenario.Name);
            var outcome = await PlanAsync(context.Console, scenario, inventory, ct).ConfigureAwait(false);
            var lines = PlanReport.Print(context.Console, outcome.Plan).Concat(ScheduleReport.Print(context.Console, outcome)).ToArray();
            PlanFiles.Write(outcome, folder, CrsOption.OutputSrid(parse.GetValue(crs)), lines);
            context.Console.MarkupLine($"Plan geschrieben nach [bold]{Markup.Escape(folder)}[/]: {string.Join(", ", PlanFiles.Names)}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static async Task<GeoInventory> FromDatabaseAsync(string db, CancellationToken ct)
    {
        var database = await DatabaseTarget.OpenAsync(db, ct).ConfigureAwait(false);
        var inventory = await new LayerStore(database).LoadInventoryAsync(ct).ConfigureAwait(false);
        return inventory.Sites.Count == 0
            ? throw new Core.Inputs.InputException($"Die Datenbank {db} enthält keine Liegenschaften: zuerst 'infra import --default' ausführen")
            : inventory;
    }

    /// <summary>Builds the instance, optimises the design and schedules it, with progress bars that follow the time limits.</summary>
    public static Task<PlanOutcome> PlanAsync(IAnsiConsole console, Scenario scenario, GeoInventory inventory, CancellationToken ct) =>
        ProgressBars.RunAsync(console, async progress =>
        {
            progress.Step("Kandidatennetz und Richtfunk-Paare");
            var instance = await Task.Run(() => PlanningInstanceBuilder.Build(scenario, inventory, ct), ct).ConfigureAwait(false);
            progress.Step($"Optimierung (CBC, höchstens {scenario.Solver.TimeLimitSeconds:0} s)");
            var clock = Stopwatch.StartNew();
            var solve = Task.Run(() => new NetworkDesignOptimizer().Solve(instance, null, ct), ct);
            while (!solve.IsCompleted)
            {
                progress.Report(clock.Elapsed.TotalSeconds / Math.Max(1, scenario.Solver.TimeLimitSeconds * 1.2));
                await Task.WhenAny(solve, Task.Delay(250, ct)).ConfigureAwait(false);
            }

            var result = await solve.ConfigureAwait(false);
            progress.Step("Plan aufbereiten");
            var plan = PlanBuilder.Build(instance, result);
            var options = new ScheduleOptions { TimeLimitSeconds = Math.Max(5, scenario.Solver.TimeLimitSeconds / 2), Threads = scenario.Solver.Threads };
            progress.Step($"Zeitplan bis {scenario.Deadline:dd.MM.yyyy} (höchstens {options.TimeLimitSeconds:0} s)");
            clock.Restart();
            var scheduling = Task.Run(() => RolloutScheduler.Build(instance, result.Design, options, ct), ct);
            while (!scheduling.IsCompleted)
            {
                progress.Report(clock.Elapsed.TotalSeconds / (options.TimeLimitSeconds * 1.5));
                await Task.WhenAny(scheduling, Task.Delay(250, ct)).ConfigureAwait(false);
            }

            var schedule = await scheduling.ConfigureAwait(false);
            progress.Complete();
            return new PlanOutcome(instance, result, plan, schedule);
        });
}
