using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Infra.Core.Inputs;
using Infra.Core.Scenarios;
using Infra.Data.Import;
using Infra.Scenarios;
using Spectre.Console;

namespace Infra.Cli.Commands;

/// <summary>
/// <c>infra scenario new</c>: a scenario for the data in a database, with every key written out and explained, so that a
/// new city needs no hand-written YAML. Planning start: the next quarter after today unless given; inputs: the files
/// the database's layers were last imported from (import log).
/// </summary>
internal static partial class ScenarioCommand
{
    public static Command Create(CliContext context)
    {
        var name = new Option<string>("--name") { Description = "Name des Szenarios (Buchstaben, Ziffern, -), z. B. muenster-2028", Required = true };
        var start = new Option<string?>("--start") { Description = "Planungsbeginn JJJJ-MM-TT (Standard: das nächste Quartal nach heute)" };
        var deadline = new Option<string?>("--deadline") { Description = "Frist JJJJ-MM-TT (Standard: 2028-06-30, sonst drei Jahre nach dem Beginn)" };
        var output = new Option<string?>("--out") { Description = "Szenariodatei (Standard: scenarios/NAME.yaml)" };
        var create = new Command("new", "Ein Szenario für die Daten in der Datenbank schreiben (jeder Schlüssel mit Erklärung)") { name, start, deadline, output };
        create.SetAction((parse, ct) => InfraCommandLine.Guard(context, async () =>
        {
            var scenarioName = parse.GetValue(name)!;
            if (!NamePattern().IsMatch(scenarioName))
            {
                throw new InputException($"--name: '{scenarioName}' ist kein gültiger Name (Kleinbuchstaben, Ziffern und -, z. B. muenster-2028)");
            }

            var path = parse.GetValue(output) ?? Path.Combine("scenarios", scenarioName + ".yaml");
            var database = await DatabaseTarget.OpenAsync(parse.GetValue(InfraCommandLine.Database)!, ct).ConfigureAwait(false);
            var log = await new ImportLogStore(database).ListAsync(1000, ct).ConfigureAwait(false);
            var today = DateOnly.FromDateTime(context.Time.GetUtcNow().UtcDateTime);
            var planningStart = Date(parse.GetValue(start), "--start") ?? NextQuarter(today);
            var scenario = new Scenario
            {
                Name = scenarioName,
                Description = $"Szenario für die Daten der Datenbank, geschrieben von infra scenario new am {today:yyyy-MM-dd}",
                PlanningStart = planningStart,
                Deadline = Date(parse.GetValue(deadline), "--deadline") ?? DefaultDeadline(planningStart),
                Inputs = Inputs(log, path),
            };
            var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
            Directory.CreateDirectory(folder);
            await File.WriteAllTextAsync(path, Explain(ScenarioFile.ToYaml(scenario)), ct).ConfigureAwait(false);
            var check = ScenarioFile.Load(path);
            context.Console.MarkupLine($"[green]Szenario geschrieben:[/] {Markup.Escape(path)} (Beginn {check.PlanningStart:yyyy-MM-dd}, Frist {check.Deadline:yyyy-MM-dd})");
            context.Console.MarkupLine($"Planen: infra plan {Markup.Escape(path)} --from-db");
            return ExitCodes.Ok;
        }));
        return new Command("scenario", "Szenarien anlegen") { create };
    }

    /// <summary>The first day of the quarter after the one <paramref name="today"/> lies in.</summary>
    public static DateOnly NextQuarter(DateOnly today) => new DateOnly(today.Year, (((today.Month - 1) / 3) * 3) + 1, 1).AddMonths(3);

    /// <summary>The programme's deadline (2028-06-30) while it is after the start, else the day before the start's third anniversary.</summary>
    public static DateOnly DefaultDeadline(DateOnly start)
    {
        var programme = new Scenario { Name = "x" }.Deadline;
        return programme > start ? programme : start.AddYears(3).AddDays(-1);
    }

    /// <summary>Every key of the YAML with its help as a comment line above it.</summary>
    public static string Explain(string yaml)
    {
        var text = new StringBuilder();
        text.Append("# Written by `infra scenario new`: every key with its value; change what differs for this city.\n");
        var path = new List<(int Indent, string Key)>();
        foreach (var line in yaml.Split('\n'))
        {
            var match = KeyLine().Match(line);
            if (match.Success)
            {
                var indent = match.Groups["indent"].Length;
                path.RemoveAll(p => p.Indent >= indent);
                path.Add((indent, match.Groups["key"].Value));
                var key = string.Join(".", path.Select(p => p.Key));
                if (ScenarioKeyHelp.ByKey.TryGetValue(key, out var help))
                {
                    text.Append(CultureInfo.InvariantCulture, $"{new string(' ', indent)}# {help}\n");
                }
            }

            text.Append(line).Append('\n');
        }

        return text.ToString().TrimEnd('\n') + "\n";
    }

    private static ScenarioInputs Inputs(IReadOnlyList<ImportLogEntry> log, string scenarioPath)
    {
        // The newest import of each layer names its files; older imports of the same layer were replaced or updated by it.
        var latest = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var entry in log)
        {
            foreach (var group in entry.Files.Split('\n').Select(l => l.Split('\t')).Where(p => p.Length == 2 && File.Exists(p[1])).GroupBy(p => p[0]))
            {
                latest.TryAdd(group.Key, group.Select(p => Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(scenarioPath))!, Path.GetFullPath(p[1])))
                    .Distinct().ToArray());
            }
        }

        IReadOnlyList<string> Of(string layer) => latest.GetValueOrDefault(layer) ?? [];
        return new ScenarioInputs
        {
            Sites = Of("sites"),
            Routes = Of("routes"),
            AccessPoints = Of("access-points"),
            Streets = Of("streets"),
            Hubs = Of("hubs"),
            Obstacles = Of("obstacles"),
        };
    }

    private static DateOnly? Date(string? text, string option) => text is null
        ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new InputException($"{option}: '{text}' ist kein Datum JJJJ-MM-TT");

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex NamePattern();

    [GeneratedRegex("^(?<indent> *)(?<key>[a-z0-9_]+):")]
    private static partial Regex KeyLine();
}
