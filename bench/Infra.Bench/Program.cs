using System.CommandLine;
using Infra.Bench;
using Infra.Cli;
using Spectre.Console;

var console = AnsiConsole.Console;
if (Console.IsOutputRedirected && console.Profile.Width < 160)
{
    console.Profile.Width = 160;
}

var root = new RootCommand("Infra-Benchmarks: Optimierung je Stufe und Backend (Stadt, Region), Web-Last, Fortschrittsimport");
root.Options.Add(InfraCommandLine.Database);
var context = new CliContext(console, TimeProvider.System);
root.Subcommands.Add(SolverBenchCommand.Create(context));
root.Subcommands.Add(MeasureCommand.Create(context));
root.Subcommands.Add(WebBenchCommand.Create(context));
root.Subcommands.Add(TrackingBenchCommand.Create(context));
return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }).ConfigureAwait(false);
