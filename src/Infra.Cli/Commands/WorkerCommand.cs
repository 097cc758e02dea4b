using System.CommandLine;
using Infra.Jobs;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace Infra.Cli.Commands;

/// <summary>
/// <c>infra worker</c>: hosts the Quartz scheduler with the persistent store until stopped (Strg+C, SIGTERM). Runs
/// queued jobs, the nightly KPI snapshot and the drop-folder poll; re-runs jobs a killed worker left behind.
/// </summary>
internal static class WorkerCommand
{
    public static Command Create(CliContext context)
    {
        var scenarios = new Option<string>("--scenarios") { Description = "Ordner der Szenariodateien für Planungsaufträge", DefaultValueFactory = _ => "scenarios" };
        var drop = new Option<string>("--drop") { Description = "Ablageordner für Fortschrittsmeldungen (CSV, GeoJSON)", DefaultValueFactory = _ => Path.Combine("data", "ablage") };
        var cluster = new Option<bool>("--cluster") { Description = "Clusterbetrieb mit weiteren Workern auf derselben PostgreSQL-Datenbank" };
        var instance = new Option<string>("--instance") { Description = "Instanzkennung (Standard: automatisch)", DefaultValueFactory = _ => "AUTO" };
        var kpiCron = new Option<string>("--kpi-cron") { Description = "Zeitplan der Kennzahlen (Quartz-Cron, Sekunden zuerst)", DefaultValueFactory = _ => "0 0 2 * * ?" };
        var pollCron = new Option<string>("--poll-cron") { Description = "Zeitplan der Ablageordner-Abfrage (Quartz-Cron)", DefaultValueFactory = _ => "0 * * * * ?" };
        var command = new Command("worker", "Hintergrundaufträge ausführen, bis der Prozess beendet wird")
        {
            scenarios, drop, cluster, instance, kpiCron, pollCron,
        };
        command.SetAction((parse, ct) => InfraCommandLine.Guard(context, async () =>
        {
            var options = new JobsOptions(
                DatabaseTarget.Parse(parse.GetValue(InfraCommandLine.Database)!),
                parse.GetValue(scenarios)!,
                parse.GetValue(drop)!,
                parse.GetValue(cluster),
                parse.GetValue(instance)!,
                parse.GetValue(kpiCron)!,
                parse.GetValue(pollCron)!);
            using var host = JobsHost.Build(options, context.Time, l => l.AddSimpleConsole(c => c.SingleLine = true).SetMinimumLevel(LogLevel.Information));
            await host.StartAsync(ct).ConfigureAwait(false);
            context.Console.MarkupLine($"Worker läuft auf {Markup.Escape(options.Database.ToString())} – Strg+C beendet ihn.");
            // Returns on Strg+C / SIGTERM (the host's console lifetime) and stops the host, letting running jobs hand back.
            await host.WaitForShutdownAsync(ct).ConfigureAwait(false);
            context.Console.MarkupLine("Worker beendet.");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
