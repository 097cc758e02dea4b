using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Infra.Bench.Instances;
using Infra.Cli;
using Infra.Planning.Design;
using Spectre.Console;

namespace Infra.Bench;

/// <summary>
/// <c>infra-bench solver</c>: every stage (instance, design, schedule) per backend on each instance, each measurement in
/// its own child process (<see cref="MeasureCommand"/>) so that nothing else is alive beside it; the median of the runs
/// (3 for the city) per stage and backend, with time, CPU time, objective, bound, gap, peak memory and the overrun of the
/// time limit, written as JSON. The design is measured with every LP engine of the cut loop (with the default MIP
/// engine) and every MIP engine (with the default LP engine); the schedules with every engine on the default design.
/// </summary>
internal static class SolverBenchCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<string>("--out") { Description = "JSON-Datei der Messwerte", DefaultValueFactory = _ => Path.Combine("bench", "results.json") };
        var scenario = new Option<string>("--scenario") { Description = "Szenario der Stadt", DefaultValueFactory = _ => Path.Combine("scenarios", "dortmund-2028.yaml") };
        var instances = new Option<string>("--instances")
        {
            Description = "Instanzen, durch Komma getrennt: " + string.Join(", ", BenchInstances.All.Select(i => i.Name)),
            DefaultValueFactory = _ => string.Join(",", BenchInstances.All.Select(i => i.Name)),
        };
        var runs = new Option<int?>("--runs") { Description = "Läufe je Messung (Median); Standard: 3 für die Stadt, 1 für die Region" };
        var lp = new Option<string>("--lp") { Description = "LP-Verfahren der Schnittebenen", DefaultValueFactory = _ => string.Join(",", Engines.LpNames) };
        var mip = new Option<string>("--mip") { Description = "MIP-Verfahren des Branch-and-Cut", DefaultValueFactory = _ => string.Join(",", Engines.MipNames) };
        var schedules = new Option<string>("--schedules") { Description = "Zeitplan-Verfahren", DefaultValueFactory = _ => string.Join(",", Engines.ScheduleNames) };
        var command = new Command("solver", "Optimierung je Stufe und Backend, jede Messung in einem eigenen Prozess, Ergebnis als JSON")
        {
            output, scenario, instances, runs, lp, mip, schedules,
        };
        command.SetAction((parse, ct) => InfraCommandLine.Guard(context, async () =>
        {
            var defaults = new OptimizerEngines();
            var started = context.Time.GetUtcNow();
            var load = ProcessFigures.LoadAverage();
            var measured = new List<object>();
            foreach (var name in Engines.List(parse.GetValue(instances)!))
            {
                var bench = BenchInstances.Find(name);
                var count = Math.Max(1, parse.GetValue(runs) ?? bench.DefaultRuns);
                var configs = Configurations(defaults, Engines.List(parse.GetValue(lp)!), Engines.List(parse.GetValue(mip)!), Engines.Schedules(parse.GetValue(schedules)!));
                var results = new List<MeasureResult>();
                var errors = new List<string>();
                foreach (var (lpName, mipName, scheduleNames) in configs)
                {
                    for (var run = 1; run <= count; run++)
                    {
                        context.Console.MarkupLine(Markup.Escape($"{bench.Name}: Entwurf {lpName}+{mipName}, Zeitpläne {(scheduleNames.Length == 0 ? "-" : scheduleNames)}, Lauf {run}/{count}"));
                        var (result, error) = await RunChildAsync(bench.Name, parse.GetValue(scenario)!, lpName, mipName, scheduleNames, ct).ConfigureAwait(false);
                        if (result is not null)
                        {
                            results.Add(result);
                            foreach (var s in result.Stages.Where(s => s.Stage != "instance"))
                            {
                                context.Console.MarkupLine(Markup.Escape(
                                    $"  {s.Stage} {s.Engine}: {s.Seconds:F1} s (Grenze {s.TimeLimitSeconds:F0} s), Zielwert {s.Objective:F0}, Schranke {s.BestBound:F0}, Lücke {s.Gap:P2}, {s.PeakMemoryMb:F0} MB"));
                            }
                        }
                        else
                        {
                            errors.Add(error!);
                            context.Console.MarkupLine("[red]" + Markup.Escape(error!) + "[/]");
                        }
                    }
                }

                measured.Add(new
                {
                    name = bench.Name,
                    runs = count,
                    facts = results.FirstOrDefault()?.Facts,
                    stages = Medians(results),
                    errors,
                });
            }

            var json = new
            {
                command = "dotnet bench/Infra.Bench/bin/Release/net10.0/infra-bench.dll " + string.Join(' ', parse.Tokens.Select(t => t.Value)),
                started = started.ToString("u", CultureInfo.InvariantCulture),
                machine = new { processors = Environment.ProcessorCount, os = Environment.OSVersion.VersionString, dotnet = Environment.Version.ToString() },
                load_average_at_start = load,
                load_average_at_end = ProcessFigures.LoadAverage(),
                defaults = new { design_lp = Engines.Name(defaults.Lp), design_mip = Engines.Name(defaults.Mip), schedule = "cp-sat" },
                instances = measured,
            };
            var file = parse.GetValue(output)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
            await File.WriteAllTextAsync(file, JsonSerializer.Serialize(json, Engines.Json) + "\n", ct).ConfigureAwait(false);
            context.Console.MarkupLine($"Messwerte geschrieben nach [bold]{Markup.Escape(file)}[/]");
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>The default design with every schedule engine, then each other LP and MIP engine for the design alone.</summary>
    private static List<(string Lp, string Mip, string Schedules)> Configurations(
        OptimizerEngines defaults, IReadOnlyList<string> lps, IReadOnlyList<string> mips, IReadOnlyList<string> schedules)
    {
        var lp = Engines.Name(defaults.Lp);
        var mip = Engines.Name(defaults.Mip);
        var configs = new List<(string, string, string)> { (lp, mip, string.Join(",", schedules)) };
        configs.AddRange(lps.Where(l => l != lp).Select(l => (Engines.Name(Engines.Lp(l)), mip, "")));
        configs.AddRange(mips.Where(m => m != mip).Select(m => (lp, Engines.Name(Engines.Mip(m)), "")));
        return configs;
    }

    /// <summary>Per stage and engine: the run with the median wall time, and all runs' times.</summary>
    private static List<object> Medians(List<MeasureResult> results) =>
        results.SelectMany(r => r.Stages)
            .GroupBy(s => (s.Stage, s.Engine))
            .Select(g =>
            {
                var ordered = g.OrderBy(s => s.Seconds).ToList();
                var median = ordered[(ordered.Count - 1) / 2];
                return (object)new
                {
                    stage = g.Key.Stage,
                    engine = g.Key.Engine,
                    runs = ordered.Count,
                    median,
                    overrun_seconds = median.OverrunSeconds,
                    seconds_all = ordered.Select(s => s.Seconds).ToArray(),
                    objective_all = ordered.Select(s => s.Objective).ToArray(),
                };
            })
            .ToList();

    private static async Task<(MeasureResult? Result, string? Error)> RunChildAsync(
        string instance, string scenario, string lp, string mip, string schedules, CancellationToken ct)
    {
        var file = Path.Combine(Path.GetTempPath(), "infra-bench-" + Guid.NewGuid().ToString("N") + ".json");
        var start = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        var self = Environment.ProcessPath!;
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(SolverBenchCommand).Assembly.Location);
        }

        start.FileName = self;
        foreach (var a in new[] { "measure", "--instance", instance, "--scenario", scenario, "--lp", lp, "--mip", mip, "--schedules", schedules.Length == 0 ? "none" : schedules, "--out", file })
        {
            start.ArgumentList.Add(a);
        }

        using var child = Process.Start(start)!;
        var stdout = child.StandardOutput.ReadToEndAsync(ct);
        var stderr = child.StandardError.ReadToEndAsync(ct);
        await child.WaitForExitAsync(ct).ConfigureAwait(false);
        var output = (await stdout.ConfigureAwait(false)) + (await stderr.ConfigureAwait(false));
        try
        {
            if (child.ExitCode != 0 || !File.Exists(file))
            {
                return (null, $"{instance} {lp}+{mip}: Messprozess endete mit {child.ExitCode}: {output.Trim()[^Math.Min(500, output.Trim().Length)..]}");
            }

            return (JsonSerializer.Deserialize<MeasureResult>(await File.ReadAllTextAsync(file, ct).ConfigureAwait(false), Engines.Json), null);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
