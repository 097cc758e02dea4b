using Infra.Core.Language;
using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Infra.Cli.Output;
using Infra.Core.Plans;
using Infra.Planning.Export;
using Infra.Core.Inputs;
using Infra.Core.Network;
using Infra.Core.Scenarios;
using Infra.Core.Sites;
using Infra.Scenarios;
using Infra.Geo.GeoJson;
using Spectre.Console;

namespace Infra.Cli.Commands;

/// <summary>
/// <c>infra compare a.yaml b.yaml …</c>: plans several scenarios and prints them side by side in German (NPV, CAPEX by
/// year, technology shares, connected at the deadline, bridged sites, gaps), with the figures as JSON.
/// <c>--sensitivity key from:to:step</c> sweeps one scenario key (e.g. <c>costs.trench_paved_per_m</c>) over the first scenario.
/// </summary>
internal static class CompareCommand
{
    public static Command Create(CliContext context)
    {
        var scenarios = new Argument<string[]>("szenarien") { Description = "Szenariodateien (YAML)", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "JSON-Datei des Vergleichs", DefaultValueFactory = _ => Path.Combine("out", "vergleich.json") };
        var fromDb = new Option<bool>("--from-db") { Description = "auf dem Bestand der Datenbank planen statt auf den Dateien der Szenarien" };
        var sensitivity = new Option<string[]>("--sensitivity")
        {
            Description = "einen Parameter variieren: SCHLÜSSEL BEREICH, z. B. costs.trench_paved_per_m 80:160:20 oder 0,20000,40000",
            Arity = new ArgumentArity(2, 2),
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("compare", "Szenarien planen und nebeneinander vergleichen") { scenarios, output, fromDb, sensitivity };
        command.SetAction((parse, ct) => InfraCommandLine.Guard(context, async () =>
        {
            var files = parse.GetValue(scenarios) ?? [];
            var runs = new List<(string Label, string Path, string InputsFrom)>();
            using var temp = new TempScenarios();
            if (parse.GetValue(sensitivity) is { Length: 2 } sweep)
            {
                foreach (var value in Range(sweep[1]))
                {
                    runs.Add(($"{sweep[0]}={value}", temp.Override(files[0], sweep[0], value), files[0]));
                }
            }
            else
            {
                runs.AddRange(files.Select(f => (Path.GetFileNameWithoutExtension(f), f, f)));
            }

            var results = new List<ScenarioFigures>();
            foreach (var (label, path, inputsFrom) in runs)
            {
                var scenario = ScenarioFile.Load(path);
                var inventory = parse.GetValue(fromDb) || scenario.Inputs.IsEmpty
                    ? await LoadDatabaseAsync(parse.GetValue(InfraCommandLine.Database)!, ct).ConfigureAwait(false)
                    : LayerFileSet.ReadInventory(ScenarioInputFiles.Resolve(scenario, inputsFrom), new GeoJsonReadOptions());
                context.Console.MarkupLine($"[bold]{Markup.Escape(label)}[/]");
                var outcome = await PlanCommand.PlanAsync(context.Console, scenario, inventory, null, ct).ConfigureAwait(false);
                results.Add(ScenarioFigures.Of(label, PlanExporter.Export(outcome)));
            }

            Print(context.Console, results);
            var file = parse.GetValue(output)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
            await File.WriteAllTextAsync(file, JsonSerializer.Serialize(results, PlanJson.Indented) + "\n", ct).ConfigureAwait(false);
            context.Console.MarkupLine($"Vergleich geschrieben nach [bold]{Markup.Escape(file)}[/]");
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>"80:160:20" (from:to:step, inclusive) or "0,20000,40000" (a list).</summary>
    internal static IReadOnlyList<string> Range(string text)
    {
        var inv = CultureInfo.InvariantCulture;
        var parts = text.Split(':');
        if (parts.Length == 3 && parts.All(p => double.TryParse(p, NumberStyles.Float, inv, out _)))
        {
            var (from, to, step) = (double.Parse(parts[0], inv), double.Parse(parts[1], inv), double.Parse(parts[2], inv));
            if (step <= 0 || to < from || (to - from) / step > 50)
            {
                throw new InputException($"--sensitivity: Bereich '{text}' ungültig (von:bis:Schritt mit Schritt > 0, höchstens 50 Werte)");
            }

            var values = new List<string>();
            for (var v = from; v <= to + (step * 1e-9); v += step)
            {
                values.Add(Math.Round(v, 9).ToString(inv));
            }

            return values;
        }

        var list = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return list.Length > 0 ? list : throw new InputException($"--sensitivity: Bereich '{text}' ist leer");
    }

    private static async Task<GeoInventory> LoadDatabaseAsync(string db, CancellationToken ct)
    {
        var database = await DatabaseTarget.OpenAsync(db, ct).ConfigureAwait(false);
        return await new Data.Store.LayerStore(database).LoadInventoryAsync(ct).ConfigureAwait(false);
    }

    private static void Print(IAnsiConsole console, IReadOnlyList<ScenarioFigures> results)
    {
        var table = new Table().Title("Szenarienvergleich").AddColumn("Kennzahl");
        foreach (var r in results)
        {
            table.AddColumn(new TableColumn(Markup.Escape(r.Scenario)).RightAligned());
        }

        void Row(string name, Func<ScenarioFigures, string> value) =>
            table.AddRow([Markup.Escape(name), .. results.Select(r => Markup.Escape(value(r)))]);

        Row("Barwert (TCO)", r => GermanFormat.Euro(r.NpvEur));
        Row("Investition gesamt (Anbindung, WLAN, Überbrückung)", r => GermanFormat.Euro(r.CapexEur));
        foreach (var year in results.SelectMany(r => r.CapexEurByYear.Keys).Distinct().Order(StringComparer.Ordinal))
        {
            Row($"  Investition {year}", r => r.CapexEurByYear.TryGetValue(year, out var v) ? GermanFormat.Euro(v) : "–");
        }

        Row("Betrieb je Jahr (nach Ausbau)", r => GermanFormat.Euro(r.OpexEurPerYear));
        Row("Anteil LWL-Eigenbau", r => GermanFormat.Percent(r.FibreShare));
        Row("Anteil Richtfunk", r => GermanFormat.Percent(r.RadioShare));
        Row("Anteil Mietleitung", r => GermanFormat.Percent(r.LeasedShare));
        Row("Anteil bestehende Anbindung", r => GermanFormat.Percent(r.KeepShare));
        Row("angebunden zur Frist", r => GermanFormat.Percent(r.ConnectedShareAtDeadline));
        Row("Frist hält", r => r.DeadlineHolds ? "ja" : "nein");
        Row("überbrückte Liegenschaften", r => GermanFormat.Number(r.BridgedSites));
        Row("verfehlte Liegenschaften", r => GermanFormat.Number(r.MissedSites));
        Row("nicht versorgbar", r => GermanFormat.Number(r.UnservedSites));
        Row("Lücke Netzplanung", r => GermanFormat.Percent(r.DesignGap, 2));
        Row("Plan / Greedy", r => GermanFormat.Percent(r.PlanToGreedy, 1));
        Row("Lücke Zeitplan", r => GermanFormat.Percent(r.ScheduleGap, 1));
        console.Write(table);
    }

    /// <summary>Scenario files that override one key of a base file, written next to nothing the user owns.</summary>
    private sealed class TempScenarios : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "infra-sensitivity-" + Guid.NewGuid().ToString("N"));

        public string Override(string basePath, string key, string value)
        {
            Directory.CreateDirectory(_folder);
            var keys = key.Split('.', StringSplitOptions.RemoveEmptyEntries);
            if (keys.Length == 0 || keys.Any(k => !k.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_')))
            {
                throw new InputException($"--sensitivity: Schlüssel '{key}' ungültig (z. B. costs.trench_paved_per_m)");
            }

            var full = Path.GetFullPath(basePath);
            var lines = new List<string> { $"base: '{full.Replace("'", "''", StringComparison.Ordinal)}'" };
            if (keys[0] != "name")
            {
                lines.Add($"name: '{Path.GetFileNameWithoutExtension(full)} {key}={value}'");
            }

            for (var i = 0; i < keys.Length; i++)
            {
                lines.Add(new string(' ', 2 * i) + keys[i] + ":" + (i == keys.Length - 1 ? " " + value : ""));
            }

            // Inputs are resolved relative to the file that names them; the override file names none, the base does.
            var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.yaml");
            File.WriteAllLines(path, lines);
            return path;
        }

        public void Dispose()
        {
            if (Directory.Exists(_folder))
            {
                Directory.Delete(_folder, recursive: true);
            }
        }
    }
}

/// <summary>What the comparison shows per scenario (also its JSON, in the plan contract's naming).</summary>
[SnakeCaseJson]
internal sealed record ScenarioFigures(
    string Scenario,
    double NpvEur,
    double CapexEur,
    IReadOnlyDictionary<string, double> CapexEurByYear,
    double OpexEurPerYear,
    double FibreShare,
    double RadioShare,
    double LeasedShare,
    double KeepShare,
    double ConnectedShareAtDeadline,
    bool DeadlineHolds,
    int BridgedSites,
    int MissedSites,
    int UnservedSites,
    double DesignGap,
    double PlanToGreedy,
    double ScheduleGap)
{
    public static ScenarioFigures Of(string label, PlanExport plan)
    {
        var summary = plan.Summary;
        var totals = summary.Totals;
        double n = Math.Max(1, plan.Sites.Count);
        var deadline = plan.Quarters.FirstOrDefault(q => q.Quarter == summary.Schedule.DeadlineQuarter);
        var lastYear = summary.Deadline.Year;
        return new ScenarioFigures(
            label,
            Math.Round(totals.NpvEur),
            Math.Round(plan.Years.Sum(y => y.CapexEur)),
            plan.Years.Where(y => y.Year <= lastYear || y.CapexEur > 0)
                .ToDictionary(y => y.Year.ToString(CultureInfo.InvariantCulture), y => Math.Round(y.CapexEur)),
            Math.Round(totals.OpexEurPerYear),
            totals.SitesByTechnology.Fibre / n,
            totals.SitesByTechnology.Radio / n,
            totals.SitesByTechnology.Leased / n,
            totals.SitesKeepingUplink / n,
            deadline?.ConnectedShare ?? 0,
            summary.Schedule.DeadlineHolds,
            summary.Schedule.BridgedSites,
            summary.Schedule.MissedSites,
            totals.SitesUnserved,
            summary.Solver.Gap,
            summary.Solver.PlanToGreedy,
            summary.Schedule.Gap);
    }
}
