using System.CommandLine;
using Infra.Cli.Output;
using Infra.Planning.Export;
using Infra.Planning.Pipeline;
using Infra.Core.Plans;
using Infra.Core.Network;
using Infra.Core.Scenarios;
using Infra.Core.Sites;
using Infra.Core.Language;
using Infra.Data;
using Infra.Data.Plans;
using Infra.Scenarios;
using Infra.Data.Store;
using Infra.Geo.GeoJson;
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
        var baseline = new Option<bool>("--ausgangsplan")
        {
            Description = "die gespeicherte Planversion als Ausgangsplan bezeichnen (Bezug für Ist, Fortschreibung und Sachstand)",
        };
        var scheduleSeconds = new Option<double?>("--zeit-zeitplan") { Description = "Zeitlimit des Zeitplans in Sekunden (Standard: halbes Entwurfslimit)" };
        var crs = CrsOption.Create("Koordinatensystem der GeoJSON-Ausgabe (Standard EPSG:4326)");
        var command = new Command("plan", "Szenario planen: Technologie je Liegenschaft, Trassen, Richtfunk, Kosten")
        {
            scenarioArg, output, fromDb, baseline, scheduleSeconds, crs,
        };
        command.SetAction((parse, ct) => InfraCommandLine.Guard(context, async () =>
        {
            var path = parse.GetValue(scenarioArg)!;
            var scenario = ScenarioFile.Load(path);
            var database = parse.GetValue(fromDb) || scenario.Inputs.IsEmpty
                ? await DatabaseTarget.OpenAsync(parse.GetValue(InfraCommandLine.Database)!, ct).ConfigureAwait(false)
                : null;
            var inventory = database is not null
                ? await FromDatabaseAsync(database, parse.GetValue(InfraCommandLine.Database)!, ct).ConfigureAwait(false)
                : LayerFileSet.ReadInventory(ScenarioInputFiles.Resolve(scenario, path), new GeoJsonReadOptions());
            var folder = parse.GetValue(output) ?? Path.Combine("out", scenario.Name);
            var outcome = await PlanAsync(context.Console, scenario, inventory, parse.GetValue(scheduleSeconds), ct).ConfigureAwait(false);
            var plan = PlanExporter.Export(outcome);
            var lines = PlanReport.Print(context.Console, plan).Concat(ScheduleReport.Print(context.Console, plan)).ToArray();
            PlanFiles.Write(plan, folder, CrsOption.OutputSrid(parse.GetValue(crs)), lines);
            context.Console.MarkupLine($"Plan geschrieben nach [bold]{Markup.Escape(folder)}[/]: {string.Join(", ", PlanFiles.Names)}");
            if (plan.Summary.Verdicts.Any(v => v.Severity == VerdictSeverity.Error) && !scenario.Policies.AllowPartialPlan)
            {
                context.Console.MarkupLine("[red]Der Plan ist so nicht verwendbar (siehe FEHLER oben); policies.allow_partial_plan: true nimmt ihn trotzdem an.[/]");
                return ExitCodes.PlanIncomplete;
            }

            if (database is not null)
            {
                // Planned on the database's inventory: keep the plan there too, as a new version beside the earlier ones.
                var label = parse.GetValue(baseline) ? PlanLabels.Baseline : null;
                var version = await new PlanStore(database, context.Time)
                    .SaveAsync(plan, new PlanSaveOptions(ScenarioFile.ToYaml(scenario), Label: label, PlanningStart: scenario.PlanningStart), ct).ConfigureAwait(false);
                context.Console.MarkupLine($"Planversion {version} gespeichert{(label is null ? "" : " als " + label)}");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static async Task<GeoInventory> FromDatabaseAsync(InfraDatabase database, string db, CancellationToken ct)
    {
        var inventory = await new LayerStore(database).LoadInventoryAsync(ct).ConfigureAwait(false);
        return inventory.Sites.Count == 0
            ? throw new Core.Inputs.InputException($"Die Datenbank {db} enthält keine Liegenschaften: zuerst 'infra import --default' ausführen")
            : inventory;
    }

    /// <summary>Runs the planning pipeline with one progress bar per stage.</summary>
    public static Task<PlanOutcome> PlanAsync(IAnsiConsole console, Scenario scenario, GeoInventory inventory, double? scheduleSeconds,
        CancellationToken ct) =>
        ProgressBars.RunAsync(console, async bars =>
        {
            var schedule = PlanningPipeline.ScheduleOptionsFor(scenario);
            if (scheduleSeconds is { } seconds)
            {
                schedule = schedule with { TimeLimitSeconds = seconds };
            }

            PlanningStage? shown = null;
            var progress = new SynchronousProgress<PlanningProgress>(p =>
            {
                if (p.Stage != shown)
                {
                    shown = p.Stage;
                    switch (p.Stage)
                    {
                        case PlanningStage.Instance or PlanningStage.Plan: bars.Step(ProgressText.Stage(p.Stage)); break;
                        case PlanningStage.Design: bars.Step($"{ProgressText.Stage(p.Stage)} (höchstens {scenario.Solver.TimeLimitSeconds:0} s)"); break;
                        case PlanningStage.Schedule:
                            bars.Step($"{ProgressText.Stage(p.Stage)} bis {GermanFormat.Date(scenario.Deadline)} (höchstens {schedule.TimeLimitSeconds:0} s)");
                            break;
                        default: bars.Complete(); return;
                    }
                }

                bars.Report(p.StageShare);
                if (p.Stage is PlanningStage.Design or PlanningStage.Schedule)
                {
                    bars.Detail(ProgressText.Solver(p.Solver, euros: p.Stage == PlanningStage.Design));
                }
            });
            return await PlanningPipeline.RunAsync(scenario, inventory, progress, schedule, ct).ConfigureAwait(false);
        });
}

/// <summary>An <see cref="IProgress{T}"/> that reports on the caller's thread (Progress&lt;T&gt; would post to the thread pool).</summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
