using Infra.Cli;
using Spectre.Console;

return await InfraCommandLine.RunAsync(args, AnsiConsole.Console, TimeProvider.System).ConfigureAwait(false);
