using System.CommandLine;
using System.Text.Json;
using Infra.Cli.Output;
using Infra.Core.Inputs;
using Infra.Status;
using Infra.Status.Model;
using Infra.Status.Status;
using Spectre.Console;

namespace Infra.Cli.Commands;

/// <summary>
/// <c>infra status</c>: where the programme stands as of the Stichtag — Ist against the Ausgangsplan in percentage points,
/// WLAN, the forecast at the deadline, risks by site and measures with their cost — as German tables, and every figure
/// as JSON (the shape of <c>GET /api/status</c>).
/// </summary>
internal static class StatusCommand
{
    public static Command Create(CliContext context)
    {
        var stichtag = new Option<DateOnly?>("--stichtag") { Description = "Stichtag (Standard: der der neuesten Fortschreibung, sonst heute)" };
        var output = new Option<string>("--out") { Description = "JSON-Datei aller Zahlen", DefaultValueFactory = _ => Path.Combine("out", "status.json") };
        var risks = new Option<int>("--risiken") { Description = "höchstens so viele gefährdete Liegenschaften anzeigen", DefaultValueFactory = _ => 25 };
        var command = new Command("status", "Sachstand zum Stichtag: Ist gegen Ausgangsplan, Prognose zur Frist, Risiken und Maßnahmen")
        {
            stichtag, output, risks,
        };
        command.SetAction((parse, ct) => InfraCommandLine.Guard(context, async () =>
        {
            var status = await LoadAsync(context, parse, stichtag, ct).ConfigureAwait(false);
            StatusTables.Print(context.Console, status, parse.GetValue(risks));
            var file = OutputFile(parse.GetValue(output)!);
            await File.WriteAllTextAsync(file, JsonSerializer.Serialize(status, StatusJson.Indented), ct).ConfigureAwait(false);
            context.Console.MarkupLine($"Alle Zahlen in [bold]{Markup.Escape(file)}[/]");
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>The status of the command's database as of its Stichtag option; an input error when no plan is stored.</summary>
    public static async Task<ProgrammeStatus> LoadAsync(CliContext context, ParseResult parse, Option<DateOnly?> stichtag, CancellationToken ct)
    {
        var database = await DatabaseTarget.OpenAsync(parse.GetValue(InfraCommandLine.Database)!, ct).ConfigureAwait(false);
        return await StatusLoader.LoadAsync(database, parse.GetValue(stichtag), context.Time, ct).ConfigureAwait(false)
            ?? throw new InputException("Es ist noch kein Plan gespeichert: zuerst 'infra plan … --from-db --ausgangsplan' ausführen");
    }

    /// <summary>The output path, its folder created.</summary>
    public static string OutputFile(string file)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(file)) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        return file;
    }
}
