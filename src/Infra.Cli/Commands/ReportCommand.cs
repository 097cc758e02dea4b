using System.CommandLine;
using Infra.Status.Report;
using Spectre.Console;

namespace Infra.Cli.Commands;

/// <summary><c>infra report</c>: the Sachstandsbericht as PDF (German, A4), from the same status as <c>infra status</c> and the API.</summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var stichtag = new Option<DateOnly?>("--stichtag") { Description = "Stichtag (Standard: der der neuesten Fortschreibung, sonst heute)" };
        var output = new Option<string>("--out") { Description = "PDF-Datei", DefaultValueFactory = _ => Path.Combine("out", "sachstandsbericht.pdf") };
        var command = new Command("report", "Sachstandsbericht als PDF: Kennzahlen, Prognose, Karte, Tabellen, Investition, Risiken, Maßnahmen, Methode")
        {
            stichtag, output,
        };
        command.SetAction((parse, ct) => InfraCommandLine.Guard(context, async () =>
        {
            var status = await StatusCommand.LoadAsync(context, parse, stichtag, ct).ConfigureAwait(false);
            var pdf = Sachstandsbericht.Render(status);
            var file = StatusCommand.OutputFile(parse.GetValue(output)!);
            await File.WriteAllBytesAsync(file, pdf, ct).ConfigureAwait(false);
            context.Console.MarkupLine($"Sachstandsbericht zum Stichtag {status.Stichtag:dd.MM.yyyy} geschrieben: [bold]{Markup.Escape(file)}[/] "
                + $"({pdf.Length / 1024} KB)");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
