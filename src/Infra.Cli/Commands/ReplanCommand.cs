using Infra.Core.Language;
using System.CommandLine;
using Infra.Cli.Output;
using Infra.Planning.Pipeline;
using Infra.Planning.Replan;
using Infra.Status.Replan;
using Spectre.Console;

namespace Infra.Cli.Commands;

/// <summary>
/// <c>infra replan</c>: the Fortschreibung as of a Stichtag on the database — what is built, started and dug is taken
/// over from the progress reports, the rest re-planned from the next quarter, the forecast at the deadline and the
/// measures (verified by re-planning the schedule) stored with it.
/// </summary>
internal static class ReplanCommand
{
    public static Command Create(CliContext context)
    {
        var stichtag = new Option<DateOnly?>("--stichtag") { Description = "Stichtag des Fortschritts (Standard: heute)" };
        var basis = new Option<long?>("--basis") { Description = "Planversion, die fortgeschrieben wird (Standard: der neueste Ausgangsplan)" };
        var design = new Option<double?>("--zeit-entwurf") { Description = "Zeitlimit des Netzentwurfs in Sekunden (Standard: das des Szenarios)" };
        var schedule = new Option<double?>("--zeit-zeitplan") { Description = "Zeitlimit des Zeitplans in Sekunden (Standard: halbes Entwurfslimit)" };
        var verify = new Option<double>("--zeit-massnahme")
        {
            Description = "Zeitlimit je Zeitplan, der eine Maßnahme bestätigt, in Sekunden", DefaultValueFactory = _ => 5,
        };
        var command = new Command("replan", "Fortschreibung zum Stichtag: Gebautes übernehmen, Rest neu planen, Prognose zur Frist und Maßnahmen")
        {
            stichtag, basis, design, schedule, verify,
        };
        command.SetAction((parse, ct) => InfraCommandLine.Guard(context, async () =>
        {
            var database = await DatabaseTarget.OpenAsync(parse.GetValue(InfraCommandLine.Database)!, ct).ConfigureAwait(false);
            var date = parse.GetValue(stichtag) ?? DateOnly.FromDateTime(context.Time.GetUtcNow().UtcDateTime);
            var settings = new ReplanSettings(parse.GetValue(design), parse.GetValue(schedule), parse.GetValue(verify));
            var result = await ProgressBars.RunAsync(context.Console, async bars =>
            {
                PlanningStage? shown = null;
                var progress = new SynchronousProgress<PlanningProgress>(p =>
                {
                    if (p.Stage != shown)
                    {
                        shown = p.Stage;
                        bars.Step(p.Stage switch
                        {
                            PlanningStage.Instance => "Kandidatennetz ohne Gebautes",
                            PlanningStage.Design => "Netzentwurf für das noch nicht Gebaute",
                            PlanningStage.Plan => "Plan aufbereiten",
                            PlanningStage.Schedule => "Zeitplan ab dem Folgequartal",
                            _ => "Prognose und Maßnahmen (Zeitpläne mit mehr Kapazität)",
                        });
                    }

                    bars.Report(p.StageShare);
                });
                var r = await ReplanRunner.RunAsync(database, date, parse.GetValue(basis), settings, context.Time, progress, ct).ConfigureAwait(false);
                bars.Complete();
                return r;
            }).ConfigureAwait(false);
            Print(context.Console, result);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void Print(IAnsiConsole console, ReplanResult result)
    {
        var o = result.Outlook;
        var f = o.Fixes;
        console.MarkupLine(
            $"Fortschreibung (Planversion {result.Version}) des Ausgangsplans {result.BaseVersion} zum Stichtag {o.Stichtag:dd.MM.yyyy}, geplant ab {o.ReplanStart:dd.MM.yyyy}: "
            + $"{GermanFormat.Number(f.BuiltSites)} Liegenschaften gebaut übernommen, {GermanFormat.Number(f.PinnedSites)} im Bau festgehalten, "
            + $"{GermanFormat.Number(f.HeldBackSites)} erst nach Planung oder Genehmigung eingeplant, {GermanFormat.Number(f.DugTrenches)} gegrabene Trassen als Leerrohr genutzt.");
        if (o.DeadlinePassed)
        {
            console.MarkupLine($"Die Frist {o.Deadline:dd.MM.yyyy} liegt vor dem Planungsbeginn der Fortschreibung: maßgeblich ist das Ist zur Frist.");
            return;
        }

        var fc = o.Forecast;
        console.MarkupLine(
            $"Prognose zur Frist {o.Deadline:dd.MM.yyyy}: {GermanFormat.Number(fc.Connected)} von {GermanFormat.Number(fc.Sites)} angebunden, "
            + $"{GermanFormat.Number(fc.Bridged)} überbrückt (Mietleitung bis LWL, {GermanFormat.Euro(o.BridgingCost)} Einrichtung und Entgelte), "
            + $"{GermanFormat.Number(fc.Missed)} verfehlt.");
        if (o.ObservedTrenchMetresPerQuarter is { } rate)
        {
            var observed = o.ObservedForecast is { } of
                ? $"mit dieser Leistung: {GermanFormat.Number(of.Connected)} angebunden, {GermanFormat.Number(of.Bridged)} überbrückt "
                  + $"({GermanFormat.Euro(o.ObservedBridgingCost ?? 0)}), {GermanFormat.Number(of.Missed)} verfehlt"
                : "sie erreicht die Leistung des Szenarios";
            console.MarkupLine($"Tiefbau bisher im Mittel {GermanFormat.Number(rate)} m je Quartal; {observed}.");
        }

        if (o.MeasureBasis != MeasureBasis.None)
        {
            console.MarkupLine(o.MeasureBasis == MeasureBasis.Observed
                ? "Maßnahmen, damit die Frist auch bei der bisherigen Tiefbauleistung für alle hält:"
                : "Maßnahmen, damit die Frist für alle hält:");
        }

        foreach (var m in o.Measures)
        {
            console.MarkupLine("  " + Markup.Escape(MeasureText.Describe(m, o.MeasureBasis)));
        }
    }
}
