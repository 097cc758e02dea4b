using Infra.Planning.Evaluation;
using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Infra.Bench.Instances;
using Infra.Cli;
using Infra.Planning.Design;
using Infra.Planning.Instance;
using Infra.Planning.Schedule;
using Infra.Planning.Solver;
using Microsoft.Extensions.Logging;
using Infra.Planning.Preparation;

namespace Infra.Bench;

/// <summary>
/// <c>infra-bench measure</c>: the child process of the solver bench. Measures one instance with one design
/// configuration (LP engine of the cut loop, MIP engine of branch-and-cut) and, on its design, the schedule with each
/// requested engine; writes a <see cref="MeasureResult"/> as JSON. Alone in its process, so memory and time are its own.
/// </summary>
internal static class MeasureCommand
{
    public static Command Create(CliContext context)
    {
        var instance = new Option<string>("--instance") { Required = true, Description = "Instanz (stadt, region-10000)" };
        var scenario = new Option<string>("--scenario") { DefaultValueFactory = _ => Path.Combine("scenarios", "dortmund-2028.yaml") };
        var lp = new Option<string>("--lp") { DefaultValueFactory = _ => Engines.Name(new OptimizerEngines().Lp) };
        var mip = new Option<string>("--mip") { DefaultValueFactory = _ => Engines.Name(new OptimizerEngines().Mip) };
        var schedules = new Option<string>("--schedules") { DefaultValueFactory = _ => "cp-sat", Description = "cp-sat,list oder none" };
        var output = new Option<string>("--out") { Required = true };
        var designSeconds = new Option<double?>("--design-seconds") { Description = "Zeitgrenze der Netzplanung statt der des Szenarios" };
        var trace = new Option<bool>("--trace") { Description = "Protokoll der Optimierung (Schnittrunden, Branch-and-Cut) auf stderr" };
        var command = new Command("measure", "Eine Messung in einem eigenen Prozess (vom Befehl solver aufgerufen)")
        {
            instance, scenario, lp, mip, schedules, output, designSeconds, trace,
        };
        command.Hidden = true;
        command.SetAction((parse, ct) => InfraCommandLine.Guard(context, async () =>
        {
            using var logs = LoggerFactory.Create(l => l
                .AddSimpleConsole(c => c.SingleLine = true)
                .AddConsole(c => c.LogToStandardErrorThreshold = LogLevel.Trace)
                .SetMinimumLevel(parse.GetValue(trace) ? LogLevel.Debug : LogLevel.None));
            var result = Measure(
                BenchInstances.Find(parse.GetValue(instance)!), parse.GetValue(scenario)!, Engines.Lp(parse.GetValue(lp)!),
                Engines.Mip(parse.GetValue(mip)!), Engines.Schedules(parse.GetValue(schedules)!), parse.GetValue(designSeconds),
                logs.CreateLogger("Infra.Bench"), ct);
            await File.WriteAllTextAsync(parse.GetValue(output)!, JsonSerializer.Serialize(result, Engines.Json), ct).ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static MeasureResult Measure(
        BenchInstance bench, string scenarioPath, LpEngine lp, MipEngine mip, IReadOnlyList<string> schedules, double? designSeconds,
        ILogger logger, CancellationToken ct)
    {
        var (scenario, inventory) = bench.Load(scenarioPath);
        if (designSeconds is { } limit)
        {
            scenario = scenario with { Solver = scenario.Solver with { TimeLimitSeconds = limit } };
        }

        var stages = new List<StageFigures>();
        var instance = Timed(stages, "instance", "-", 0, () => PlanningInstanceBuilder.Build(scenario, inventory, ct), _ => (double.NaN, double.NaN, "built", "-", []));
        var engines = new OptimizerEngines { Lp = lp, Mip = mip };
        var design = Timed(stages, "design", Engines.Name(lp) + "+" + Engines.Name(mip), scenario.Solver.TimeLimitSeconds,
            () => new NetworkDesignOptimizer(logger, engines).Solve(instance, null, ct),
            r => (r.Objective, r.BestBound, r.Status, r.Method, new Dictionary<string, object?>
            {
                ["cut_rounds"] = r.CutRounds, ["cuts"] = r.Cuts, ["nodes"] = r.Nodes, ["fixed_columns"] = r.FixedColumns,
                ["greedy_objective_eur"] = Math.Round(r.GreedyObjective), ["greedy_seconds"] = Math.Round(r.GreedySeconds, 2),
                ["plan_to_greedy"] = Math.Round(r.Objective / r.GreedyObjective, 4), ["bound_valid_for"] = r.BoundLabel,
                ["restricted_graph_bound_eur"] = r.RestrictedBound is { } rb ? Math.Round(rb) : null,
                ["sites_served"] = r.Design.Technology.Count(t => t is not null) + instance.Sites.Count(s => s.KeepsCurrentUplink),
                // Unserved sites by the limit that blocks them in the returned design; "fits_limits" must stay absent (a site that still fits).
                ["unserved_by_limit"] = UnservedAnalysis.Analyze(instance, r.Design).GroupBy(u => u.PrimaryLimit)
                    .OrderBy(g => g.Key).ToDictionary(g => Infra.Core.Codes.EnumCodes.Of(g.Key), g => g.Count()),
            }));
        foreach (var name in schedules)
        {
            var seconds = bench.ScheduleSeconds(scenario);
            var options = new ScheduleOptions
            {
                TimeLimitSeconds = seconds,
                Threads = scenario.Solver.Threads,
                UseSolver = name != "list",
            };
            Timed(stages, "schedule", name, seconds, () => RolloutScheduler.Build(instance, design.Design, options, ct),
                s => (s.Figures.Objective, s.Figures.BestBound, s.DeadlineMisses.All(m => m.Bridged) ? "deadline-holds" : "deadline-missed",
                    s.Figures.Method, new Dictionary<string, object?>
                    {
                        ["baseline_points"] = s.Figures.BaselineObjective,
                        ["bridged_sites"] = s.DeadlineMisses.Count(m => m.Bridged),
                        ["missed_sites"] = s.DeadlineMisses.Count(m => !m.Bridged),
                        ["never_worse_than_list"] = s.Figures.Objective <= s.Figures.BaselineObjective + 1e-9,
                    }));
        }

        var facts = new Dictionary<string, object?>
        {
            ["sites"] = instance.Sites.Count,
            ["street_segments"] = inventory.Streets.Count,
            ["graph_nodes"] = instance.Graph.Nodes.Count,
            ["graph_edges"] = instance.Graph.Edges.Count,
            ["unrestricted_graph_edges"] = instance.UnrestrictedGraph?.Edges.Count,
            ["radio_candidates"] = instance.RadioCandidates.Count,
            ["threads"] = scenario.Solver.Threads,
        };
        return new MeasureResult(bench.Name, Engines.Name(lp) + "+" + Engines.Name(mip), facts, stages);
    }

    private static T Timed<T>(
        List<StageFigures> stages, string stage, string engine, double limit, Func<T> run,
        Func<T, (double Objective, double Bound, string Status, string Method, Dictionary<string, object?> Details)> figures)
    {
        ProcessFigures.ResetPeak();
        var cpu = ProcessFigures.CpuSeconds();
        var clock = Stopwatch.StartNew();
        var result = run();
        var seconds = clock.Elapsed.TotalSeconds;
        var (objective, bound, status, method, details) = figures(result);
        var gap = double.IsFinite(objective) && double.IsFinite(bound) && objective != 0 ? Math.Max(0, (objective - bound) / Math.Abs(objective)) : double.NaN;
        stages.Add(new StageFigures(stage, engine, limit, Math.Round(seconds, 2), Math.Round(ProcessFigures.CpuSeconds() - cpu, 2),
            Math.Round(objective, 2), Math.Round(bound, 2), Math.Round(gap, 5), status, method, ProcessFigures.PeakMb(), details));
        return result;
    }
}
