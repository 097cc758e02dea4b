using Spectre.Console;

namespace Infra.Cli.Tests.Support;

/// <summary>Runs the infra command line in-process with a plain-text console and captures what it prints.</summary>
internal static class CliRunner
{
    public static Task<(int Code, string Output)> RunAsync(params string[] args) => RunAsync(TimeProvider.System, args);

    public static async Task<(int Code, string Output)> RunAsync(TimeProvider time, params string[] args)
    {
        using var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 240;
        var code = await InfraCommandLine.RunAsync(args, console, time);
        return (code, writer.ToString());
    }
}
