using Infra.Cli;
using Spectre.Console;

var console = AnsiConsole.Console;
if (Console.IsOutputRedirected && console.Profile.Width < 160)
{
    // Logs and pipes have no terminal width; the German tables need about 120 columns.
    console.Profile.Width = 160;
}

return await InfraCommandLine.RunAsync(args, console, TimeProvider.System).ConfigureAwait(false);
