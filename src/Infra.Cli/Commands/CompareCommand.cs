using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Infra.Cli.Output;
using Infra.Planning.Pipeline;
using Infra.Core.Inputs;
using Infra.Core.Network;
using Infra.Core.Scenarios;
using Infra.Core.Sites;
using Infra.Data.Scenarios;
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
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

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
                results.Add(ScenarioFigures.Of(label, outcome));
            }

            Print(context.Console, results);
            var file = parse.GetValue(output)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
            await File.WriteAllTextAsync(file, JsonSerializer.Serialize(results, Json) + "\n", ct).ConfigureAwait(false);
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

        Row("Kapitalwert (TCO)", r => German.Euro(r.NpvEuro));
        Row("Investition gesamt (Anbindung, WLAN, Überbrückung)", r => German.Euro(r.CapexEuro));
        foreach (var year in results.SelectMany(r => r.CapexByYear.Keys).Distinct().Order(StringComparer.Ordinal))
        {
            Row($"  Investition {year}", r => r.CapexByYear.TryGetValue(year, out var v) ? German.Euro(v) : "–");
        }

        Row("Betrieb je Jahr (nach Ausbau)", r => German.Euro(r.OpexPerYearEuro));
        Row("Anteil LWL-Eigenbau", r => German.Percent(r.FibreShare));
        Row("Anteil Richtfunk", r => German.Percent(r.RadioShare));
        Row("Anteil Mietleitung", r => German.Percent(r.LeasedShare));
        Row("Anteil bestehende Anbindung", r => German.Percent(r.KeptShare));
        Row("angebunden zur Frist", r => German.Percent(r.ConnectedAtDeadline));
        Row("Frist hält", r => r.DeadlineHolds ? "ja" : "nein");
        Row("überbrückte Liegenschaften", r => German.Number(r.BridgedSites));
        Row("verfehlte Liegenschaften", r => German.Number(r.MissedSites));
        Row("nicht versorgbar", r => German.Number(r.UnservedSites));
        Row("Lücke Netzplanung", r => German.Percent(r.DesignGap, 2));
        Row("Plan / Greedy", r => German.Percent(r.PlanToGreedy, 1));
        Row("Lücke Zeitplan", r => German.Percent(r.ScheduleGap, 1));
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

/// <summary>What the comparison shows per scenario (also its JSON).</summary>
internal sealed record ScenarioFigures(
    string Scenario,
    double NpvEuro,
    double CapexEuro,
    IReadOnlyDictionary<string, double> CapexByYear,
    double OpexPerYearEuro,
    double FibreShare,
    double RadioShare,
    double LeasedShare,
    double KeptShare,
    double ConnectedAtDeadline,
    bool DeadlineHolds,
    int BridgedSites,
    int MissedSites,
    int UnservedSites,
    double DesignGap,
    double PlanToGreedy,
    double ScheduleGap)
{
    public static ScenarioFigures Of(string label, PlanOutcome outcome)
    {
        var plan = outcome.Plan;
        var schedule = outcome.Schedule;
        double n = Math.Max(1, plan.Sites.Count);
        var deadline = schedule.Quarters.FirstOrDefault(q => q.Quarter == schedule.Deadline);
        var lastYear = outcome.Instance.Scenario.Deadline.Year;
        return new ScenarioFigures(
            label,
            Math.Round(plan.Totals.NpvEuro),
            Math.Round(schedule.CapexByYear.Values.Sum(c => c.Total)),
            schedule.CapexByYear.Where(y => y.Key <= lastYear || y.Value.Total > 0).OrderBy(y => y.Key)
                .ToDictionary(y => y.Key.ToString(CultureInfo.InvariantCulture), y => Math.Round(y.Value.Total)),
            Math.Round(plan.Totals.OpexPerYearEuro),
            plan.Totals.SitesByTechnology[Technology.Fibre] / n,
            plan.Totals.SitesByTechnology[Technology.Radio] / n,
            plan.Totals.SitesByTechnology[Technology.Leased] / n,
            plan.Totals.SitesKeepingUplink / n,
            deadline?.ConnectedShare ?? 0,
            schedule.DeadlineMisses.All(m => m.Bridged),
            schedule.DeadlineMisses.Count(m => m.Bridged),
            schedule.DeadlineMisses.Count(m => !m.Bridged),
            plan.Totals.SitesUnserved,
            plan.Solver.Gap,
            plan.Solver.GreedyObjective == 0 ? 1 : plan.Solver.Objective / plan.Solver.GreedyObjective,
            schedule.Figures.Gap);
    }
}
