using Infra.Core.Language;
using System.CommandLine;
using System.Globalization;
using Infra.Cli.Output;
using Infra.Core.Inputs;
using Infra.Core.Progress;
using Infra.Data;
using Infra.Data.Kpis;
using Infra.Data.Plans;
using Infra.Data.Progress;
using Infra.Data.Progress.Synthetic;
using Spectre.Console;

namespace Infra.Cli.Commands;

/// <summary>
/// <c>infra progress import</c>: contractor reports (CSV, GeoJSON; docs/progress-reports.md) into the database, each
/// file all-or-nothing and idempotent; <c>infra progress show</c>: the recorded milestones and the connected share.
/// </summary>
internal static class ProgressCommand
{
    public static Command Create(CliContext context) =>
        new("progress", "Baufortschritt: Berichte importieren und anzeigen")
        {
            ImportCommandFor(context), ShowCommandFor(context), SynthCommandFor(context),
        };

    private static Command ImportCommandFor(CliContext context)
    {
        var source = new Option<string>("--quelle") { Description = "Herkunft der Berichte (z. B. Firma)", DefaultValueFactory = _ => "cli" };
        var reports = new Argument<string[]>("dateien") { Description = "Fortschrittsberichte (CSV oder GeoJSON)", Arity = ArgumentArity.OneOrMore };
        var command = new Command("import", "Fortschrittsberichte importieren (je Datei alles oder nichts; derselbe Bericht zweimal ändert nichts)")
        {
            reports, source,
        };
        command.SetAction((parse, ct) => InfraCommandLine.Guard(context, () =>
            ImportAsync(context, parse.GetValue(InfraCommandLine.Database)!, parse.GetValue(reports)!, parse.GetValue(source)!, ct)));
        return command;
    }

    private static Command ShowCommandFor(CliContext context)
    {
        var site = new Option<string?>("--site") { Description = "nur diese Liegenschaft" };
        var command = new Command("show", "Meilensteine und Anbindungsquote anzeigen") { site };
        command.SetAction((parse, ct) => InfraCommandLine.Guard(context, () =>
            ShowAsync(context, parse.GetValue(InfraCommandLine.Database)!, parse.GetValue(site), ct)));
        return command;
    }

    private static Command SynthCommandFor(CliContext context)
    {
        var asOf = new Option<DateOnly?>("--stichtag", "--stand") { Description = "Stichtag der Berichte (Standard: heute)" };
        var seed = new Option<int>("--seed") { Description = "Startwert des Zufallsgenerators", DefaultValueFactory = _ => 2028 };
        var output = new Option<string>("--out") { Description = "Ausgabeordner", DefaultValueFactory = _ => "data" };
        var command = new Command("synth",
            "synthetische Fortschrittsberichte zum Ausgangsplan erzeugen, die hinter ihm zurückbleiben (Ersatz für echte Bauberichte)")
        {
            asOf, seed, output,
        };
        command.SetAction((parse, ct) => InfraCommandLine.Guard(context, async () =>
        {
            var database = await DatabaseTarget.OpenAsync(parse.GetValue(InfraCommandLine.Database)!, ct).ConfigureAwait(false);
            var plans = new PlanStore(database, context.Time);
            var baseline = await plans.LatestLabelledAsync(PlanLabels.Baseline, ct).ConfigureAwait(false)
                ?? await plans.LatestAsync(null, ct).ConfigureAwait(false)
                ?? throw new InputException("Es ist noch kein Plan gespeichert: zuerst 'infra plan … --from-db --ausgangsplan' ausführen");
            var start = baseline.PlanningStart
                ?? throw new InputException($"Planversion {baseline.Version} nennt keinen Planungsbeginn (vor Schema 8 gespeichert): neu planen");
            var date = parse.GetValue(asOf) ?? DateOnly.FromDateTime(context.Time.GetUtcNow().UtcDateTime);
            var reports = LaggingProgress.Generate(
                await plans.SitesAsync(baseline.Version, ct).ConfigureAwait(false),
                await plans.TrenchesAsync(baseline.Version, ct).ConfigureAwait(false),
                start,
                date,
                parse.GetValue(seed));
            var folder = parse.GetValue(output)!;
            Directory.CreateDirectory(folder);
            var milestones = Path.Combine(folder, "fortschritt-meilensteine-synthetisch.csv");
            var trenches = Path.Combine(folder, "fortschritt-trassen-synthetisch.csv");
            await File.WriteAllTextAsync(milestones, reports.Milestones, ct).ConfigureAwait(false);
            await File.WriteAllTextAsync(trenches, reports.Trenches, ct).ConfigureAwait(false);
            context.Console.MarkupLine(
                $"Synthetische Berichte zu Planversion {baseline.Version} ({Markup.Escape(baseline.Label is { } label ? Glossary.Label(DomainNames.PlanLabel, label) : "ohne Bezeichnung")}), Stichtag {date:dd.MM.yyyy}: "
                + $"{Markup.Escape(milestones)} ({GermanFormat.Number(reports.MilestoneRows)} Zeilen), {Markup.Escape(trenches)} ({GermanFormat.Number(reports.TrenchRows)} Zeilen)");
            context.Console.MarkupLine(
                $"Tiefbau {GermanFormat.Kilometres(reports.TrenchMetresDug)} von {GermanFormat.Kilometres(reports.TrenchMetresPlanned)} gegraben; "
                + $"Genehmigung ausstehend: {GermanFormat.Number(reports.BlockedSites)}, verspätet: {GermanFormat.Number(reports.PermitDelayedSites)}, "
                + $"vor Plan: {GermanFormat.Number(reports.AheadSites)} Liegenschaften (Annahmen: docs/progress-reports.md)");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static async Task<int> ImportAsync(CliContext context, string db, string[] files, string source, CancellationToken ct)
    {
        var database = await DatabaseTarget.OpenAsync(db, ct).ConfigureAwait(false);
        var store = new ProgressStore(database, context.Time);
        var table = new Table().Title("Fortschrittsberichte").AddColumns("Datei", "Zeilen", "neu", "geändert", "unverändert", "Hinweis");
        try
        {
            foreach (var file in files)
            {
                if (!File.Exists(file))
                {
                    throw new InputException(new InputError(file, null, null, null, "file not found"));
                }

                await using var stream = File.OpenRead(file);
                var r = await store.ImportAsync(file, stream, source, ct).ConfigureAwait(false);
                table.AddRow(Markup.Escape(r.FileName), GermanFormat.Number(r.Rows), GermanFormat.Number(r.New), GermanFormat.Number(r.Changed),
                    GermanFormat.Number(r.Unchanged), r.AlreadyImported ? "bereits importiert" : "");
            }
        }
        finally
        {
            // Files before a bad one stay imported (each file is its own transaction); show them.
            if (table.Rows.Count > 0)
            {
                context.Console.Write(table);
            }
        }

        context.Console.MarkupLine($"[green]Import abgeschlossen[/] in {Markup.Escape(db)}.");
        return ExitCodes.Ok;
    }

    private static async Task<int> ShowAsync(CliContext context, string db, string? siteId, CancellationToken ct)
    {
        var database = await DatabaseTarget.OpenAsync(db, ct).ConfigureAwait(false);
        var store = new ProgressStore(database, context.Time);
        var milestones = await store.MilestonesAsync(siteId, ct).ConfigureAwait(false);
        if (siteId is not null && milestones.Count == 0)
        {
            context.Console.MarkupLine($"Für [bold]{Markup.Escape(siteId)}[/] ist kein Fortschritt erfasst.");
        }
        else
        {
            var table = new Table().Title("Meilensteine").AddColumns("Liegenschaft", "Meilenstein", "geplant", "ist", "Status");
            foreach (var m in milestones)
            {
                table.AddRow(Markup.Escape(m.SiteId), Glossary.Milestone(m.Milestone), Date(m.PlannedDate), Date(m.ActualDate), Glossary.MilestoneState(m.Status));
            }

            context.Console.Write(table);
        }

        if (siteId is null)
        {
            var trenches = await store.TrenchProgressAsync(ct).ConfigureAwait(false);
            context.Console.MarkupLine($"Trassen mit Baufortschritt: {GermanFormat.Number(trenches.Count)}, gebaut {GermanFormat.Kilometres(trenches.Sum(t => t.MetresBuilt))}");
        }

        await PrintKpisAsync(context, database, ct).ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    private static async Task PrintKpisAsync(CliContext context, InfraDatabase database, CancellationToken ct)
    {
        if (await new PlanStore(database).LatestAsync(null, ct).ConfigureAwait(false) is not { } plan)
        {
            context.Console.MarkupLine("Noch keine Planversion gespeichert ('infra plan … --from-db').");
            return;
        }

        var today = DateOnly.FromDateTime(context.Time.GetUtcNow().UtcDateTime);
        var k = await KpiService.CurrentAsync(database, plan.Version, today, ct).ConfigureAwait(false);
        context.Console.MarkupLine(
            $"Planversion {plan.Version} ({Markup.Escape(plan.Scenario)}), Stand {Date(today)}: angebunden {GermanFormat.Number(k.Connected)} von {GermanFormat.Number(k.Sites)} "
            + $"({GermanFormat.Percent(k.ConnectedShare)}), geplant {GermanFormat.Percent(k.PlannedShare)}, WLAN {GermanFormat.Percent(k.WlanShare)}, gefährdet {GermanFormat.Number(k.SitesAtRisk)}");
    }

    private static string Date(DateOnly? date) => date is { } d ? GermanFormat.Date(d) : "";
}
