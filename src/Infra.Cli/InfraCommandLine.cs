using System.CommandLine;
using Infra.Cli.Commands;
using Infra.Core.Inputs;
using Spectre.Console;

namespace Infra.Cli;

/// <summary>The infra command line: one place that wires commands, shared options and error handling.</summary>
internal static class InfraCommandLine
{
    /// <summary>Database file of the embedded SQLite database, shared by every command.</summary>
    public static readonly Option<string> Database = new("--db")
    {
        Description = "SQLite-Datenbankdatei (wird beim ersten Lauf angelegt) oder PostgreSQL-Verbindung \"Host=…;Database=…\"; Standard: INFRA_DATABASE, sonst data/infra.db",
        // One setting points every command at PostgreSQL: INFRA_DATABASE="Host=…;Database=…" (or another SQLite file).
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("INFRA_DATABASE") is { Length: > 0 } configured
            ? configured
            : Path.Combine("data", "infra.db"),
        Recursive = true,
    };

    public static async Task<int> RunAsync(string[] args, IAnsiConsole console, TimeProvider time)
    {
        var root = new RootCommand("Infra – Planung der Anbindung städtischer Liegenschaften (LWL, Richtfunk, Mietleitung, WLAN)");
        root.Options.Add(Database);
        var context = new CliContext(console, time);
        root.Subcommands.Add(ImportCommand.Create(context));
        root.Subcommands.Add(ExportCommand.Create(context));
        root.Subcommands.Add(InventoryCommand.Create(context));
        root.Subcommands.Add(GeodataCommand.Create(context));
        root.Subcommands.Add(PlanCommand.Create(context));
        root.Subcommands.Add(CompareCommand.Create(context));
        root.Subcommands.Add(BenchCommand.Create(context));
        root.Subcommands.Add(JobsCommand.Create(context));
        root.Subcommands.Add(WorkerCommand.Create(context));
        root.Subcommands.Add(ServeCommand.Create(context));
        root.Subcommands.Add(WebBenchCommand.Create(context));
        root.Subcommands.Add(ProgressCommand.Create(context));
        root.Subcommands.Add(TrackingBenchCommand.Create(context));
        root.Subcommands.Add(ReplanCommand.Create(context));
        root.Subcommands.Add(StatusCommand.Create(context));
        root.Subcommands.Add(ReportCommand.Create(context));
        root.Subcommands.Add(ScenarioCommand.Create(context));
        return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }).ConfigureAwait(false) switch
        {
            var code => code,
        };
    }

    /// <summary>Runs a command body and turns expected failures into one clear message and an exit code.</summary>
    public static async Task<int> Guard(CliContext context, Func<Task<int>> body)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (InputException e)
        {
            context.Console.MarkupLine("[red]Fehler in den Eingabedaten – nichts wurde geschrieben:[/]");
            foreach (var error in e.Errors.Take(50))
            {
                context.Console.WriteLine("  " + error);
            }

            if (e.Errors.Count > 50)
            {
                context.Console.WriteLine($"  … und {e.Errors.Count - 50} weitere");
            }

            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException)
        {
            context.Console.MarkupLine("[yellow]Abgebrochen.[/]");
            return ExitCodes.Environment;
        }
    }
}
