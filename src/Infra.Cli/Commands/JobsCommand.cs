using Infra.Core.Language;
using System.CommandLine;
using System.Globalization;
using Infra.Cli.Output;
using Infra.Core.Inputs;
using Infra.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Infra.Cli.Commands;

/// <summary>
/// <c>infra jobs list|run|cancel</c>: queues background jobs for a worker (<c>infra worker</c>, or the web service)
/// through the persistent Quartz store, lists the history and cancels runs. Never runs a job in this process.
/// </summary>
internal static class JobsCommand
{
    private static readonly TimeSpan WaitPoll = TimeSpan.FromMilliseconds(500);

    public static Command Create(CliContext context)
    {
        var command = new Command("jobs", "Hintergrundaufträge: einreihen, auflisten, abbrechen");
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(Run(context));
        command.Subcommands.Add(Cancel(context));
        return command;
    }

    private static Command List(CliContext context)
    {
        var limit = new Option<int>("--limit") { Description = "höchstens so viele Läufe, neueste zuerst", DefaultValueFactory = _ => 20 };
        var command = new Command("list", "Läufe der Hintergrundaufträge anzeigen") { limit };
        command.SetAction((parse, ct) => WithService(context, parse, async jobs =>
        {
            var runs = await jobs.ListAsync(parse.GetValue(limit), ct).ConfigureAwait(false);
            Print(context.Console, runs);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Run(CliContext context)
    {
        var what = new Argument<string[]>("auftrag")
        {
            Description = "solve SZENARIO | kpi | risk | import | replan VERSION DATUM",
            Arity = ArgumentArity.OneOrMore,
        };
        var wait = new Option<bool>("--wait") { Description = "warten, bis ein Worker den Lauf beendet hat, mit Fortschritt" };
        var command = new Command("run", "einen Hintergrundauftrag einreihen (ein laufender infra worker führt ihn aus)") { what, wait };
        command.SetAction((parse, ct) => WithService(context, parse, async jobs =>
        {
            var runId = await EnqueueAsync(jobs, parse.GetValue(what) ?? [], ct).ConfigureAwait(false);
            context.Console.MarkupLine($"Auftrag [bold]{runId}[/] eingereiht.");
            if (!parse.GetValue(wait))
            {
                return ExitCodes.Ok;
            }

            var run = await WaitAsync(context, jobs, runId, ct).ConfigureAwait(false);
            Print(context.Console, [run]);
            return run.State == JobStates.Succeeded ? ExitCodes.Ok : run.State == JobStates.Failed ? ExitCodes.BadInput : ExitCodes.Environment;
        }));
        return command;
    }

    private static Command Cancel(CliContext context)
    {
        var runId = new Argument<string>("lauf") { Description = "Kennung des Laufs (infra jobs list)" };
        var command = new Command("cancel", "einen eingereihten oder laufenden Auftrag abbrechen") { runId };
        command.SetAction((parse, ct) => WithService(context, parse, async jobs =>
        {
            var id = parse.GetValue(runId)!;
            if (await jobs.CancelAsync(id, ct).ConfigureAwait(false))
            {
                context.Console.MarkupLine($"Abbruch von [bold]{Markup.Escape(id)}[/] angefordert.");
                return ExitCodes.Ok;
            }

            context.Console.MarkupLine($"[yellow]Lauf {Markup.Escape(id)} gibt es nicht oder er ist schon beendet.[/]");
            return ExitCodes.BadInput;
        }));
        return command;
    }

    private static async Task<string> EnqueueAsync(IJobService jobs, string[] what, CancellationToken ct)
    {
        var by = "cli:" + Environment.UserName;
        return what switch
        {
            ["solve", var scenario] => await jobs.EnqueueSolveAsync(scenario, by, ct).ConfigureAwait(false),
            ["kpi"] => await jobs.TriggerAsync(JobKind.KpiSnapshot, by, ct).ConfigureAwait(false),
            ["risk"] => await jobs.TriggerAsync(JobKind.DeadlineRisk, by, ct).ConfigureAwait(false),
            ["import"] => await jobs.TriggerAsync(JobKind.ProgressImport, by, ct).ConfigureAwait(false),
            ["replan", var version, var date] => await jobs.EnqueueReplanAsync(ParseVersion(version), ParseDate(date), by, ct).ConfigureAwait(false),
            _ => throw new InputException("Auftrag unbekannt: erwartet solve SZENARIO | kpi | risk | import | replan VERSION DATUM"),
        };
    }

    private static long ParseVersion(string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v > 0
            ? v
            : throw new InputException($"Planversion '{text}' ist keine positive Zahl");

    private static DateOnly ParseDate(string text) =>
        DateOnly.TryParseExact(text, ["yyyy-MM-dd", "dd.MM.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new InputException($"Datum '{text}' ungültig (JJJJ-MM-TT oder TT.MM.JJJJ)");

    private static async Task<JobRun> WaitAsync(CliContext context, IJobService jobs, string runId, CancellationToken ct)
    {
        JobRun? run = null;
        await context.Console.Progress().StartAsync(async progress =>
        {
            var task = progress.AddTask($"Lauf {runId}", maxValue: 100);
            while (true)
            {
                run = await jobs.GetAsync(runId, ct).ConfigureAwait(false) ?? throw new InvalidOperationException($"Lauf {runId} verschwunden");
                task.Description = $"Lauf {runId}: {StateLabel(run.State)}";
                task.Value = run.Progress * 100;
                if (JobStates.IsFinished(run.State))
                {
                    task.StopTask();
                    return;
                }

                await Task.Delay(WaitPoll, context.Time, ct).ConfigureAwait(false);
            }
        }).ConfigureAwait(false);
        return run!;
    }

    private static async Task<int> WithService(CliContext context, ParseResult parse, Func<IJobService, Task<int>> body) =>
        await InfraCommandLine.Guard(context, async () =>
        {
            var options = new JobsOptions(DatabaseTarget.Parse(parse.GetValue(InfraCommandLine.Database)!), "scenarios", Path.Combine("data", "ablage"));
            var services = new ServiceCollection();
            services.AddSingleton(context.Time);
            services.AddInfraJobsClient(options);
            await using var provider = services.BuildServiceProvider();
            return await body(provider.GetRequiredService<IJobService>()).ConfigureAwait(false);
        }).ConfigureAwait(false);

    private static void Print(IAnsiConsole console, IReadOnlyList<JobRun> runs)
    {
        var table = new Table().Title("Hintergrundaufträge")
            .AddColumn("Lauf").AddColumn("Art").AddColumn("Status").AddColumn(new TableColumn("Fortschritt").RightAligned())
            .AddColumn("eingereiht").AddColumn("beendet").AddColumn(new TableColumn("Planversion").RightAligned())
            .AddColumn("Instanz").AddColumn("Meldung");
        foreach (var r in runs)
        {
            table.AddRow(
                Markup.Escape(r.RunId),
                KindLabel(r.Kind),
                StateLabel(r.State),
                GermanFormat.Percent(r.Progress, 0),
                Time(r.QueuedAt),
                r.FinishedAt is { } f ? Time(f) : "–",
                r.PlanVersion?.ToString(CultureInfo.InvariantCulture) ?? "–",
                Markup.Escape(r.Instance),
                Markup.Escape(r.Message ?? ""));
        }

        if (runs.Count == 0)
        {
            console.MarkupLine("Noch keine Hintergrundaufträge.");
            return;
        }

        console.Write(table);
    }

    private static string Time(DateTimeOffset t) => t.ToUniversalTime().ToString("dd.MM.yyyy HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    internal static string KindLabel(JobKind kind) => kind switch
    {
        JobKind.Solve => "Planung",
        JobKind.ProgressImport => "Meldungsimport",
        JobKind.KpiSnapshot => "Kennzahlen",
        JobKind.DeadlineRisk => "Fristrisiko",
        JobKind.Replan => "Neuplanung",
        _ => kind.ToString(),
    };

    internal static string StateLabel(string state) => state switch
    {
        JobStates.Queued => "eingereiht",
        JobStates.Running => "läuft",
        JobStates.Succeeded => "erfolgreich",
        JobStates.Failed => "fehlgeschlagen",
        JobStates.Cancelled => "abgebrochen",
        _ => state,
    };
}
