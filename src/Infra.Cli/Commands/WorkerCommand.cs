using System.CommandLine;
using Infra.Jobs;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace Infra.Cli.Commands;

/// <summary>
/// <c>infra worker</c>: hosts the Hangfire server on the app database until stopped (Strg+C, SIGTERM). Runs queued
/// jobs, the nightly KPI snapshot and deadline-risk projection and the drop-folder poll; re-runs jobs a killed worker
/// left behind. Any number of workers may share a PostgreSQL database; a SQLite file takes one.
/// </summary>
internal static class WorkerCommand
{
    public static Command Create(CliContext context)
    {
        var scenarios = new Option<string>("--scenarios") { Description = "Ordner der Szenariodateien für Planungsaufträge", DefaultValueFactory = _ => "scenarios" };
        var drop = new Option<string>("--drop") { Description = "Ablageordner für Fortschrittsmeldungen (CSV, GeoJSON)", DefaultValueFactory = _ => Path.Combine("data", "ablage") };
        var instance = new Option<string>("--instance") { Description = "Name des Workers im Auftragsverlauf (Standard: Rechner:Prozess)", DefaultValueFactory = _ => "AUTO" };
        var kpiCron = new Option<string>("--kpi-cron") { Description = "Zeitplan der Kennzahlen (Cron, Ortszeit; sechs Felder: Sekunden zuerst)", DefaultValueFactory = _ => "0 2 * * *" };
        var riskCron = new Option<string>("--risk-cron") { Description = "Zeitplan der Fristrisiko-Prognose (Cron)", DefaultValueFactory = _ => "15 2 * * *" };
        var pollCron = new Option<string>("--poll-cron") { Description = "Zeitplan der Ablageordner-Abfrage (Cron)", DefaultValueFactory = _ => "* * * * *" };
        var command = new Command("worker", "Hintergrundaufträge ausführen, bis der Prozess beendet wird")
        {
            scenarios, drop, instance, kpiCron, riskCron, pollCron,
        };
        command.SetAction((parse, ct) => InfraCommandLine.Guard(context, async () =>
        {
            var options = new JobsOptions(
                DatabaseTarget.Parse(parse.GetValue(InfraCommandLine.Database)!),
                parse.GetValue(scenarios)!,
                parse.GetValue(drop)!,
                parse.GetValue(instance)!,
                parse.GetValue(kpiCron)!,
                parse.GetValue(pollCron)!,
                parse.GetValue(riskCron)!);
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
