using Infra.Core.Language;
using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Infra.Cli.Output;
using Infra.Core.Network;
using Infra.Core.Scenarios;
using Infra.Scenarios;
using Infra.Geo.GeoJson;
using Infra.Synthetic;
using Infra.Planning.Design;
using Infra.Planning.Instance;
using Infra.Planning.Schedule;
using Spectre.Console;

namespace Infra.Cli.Commands;

/// <summary>
/// <c>infra bench</c>: plans the default city and a generated 10,000-site region and writes wall time, peak memory,
/// objective, bound, gap and the greedy baseline's cost and time per instance to a JSON file. Not a timed test.
/// </summary>
internal static class BenchCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(CliContext context)
    {
        var output = new Option<string>("--out") { Description = "JSON-Datei der Messwerte", DefaultValueFactory = _ => Path.Combine("bench", "results.json") };
        var scenarioOption = new Option<string>("--scenario") { Description = "Szenario der Stadt", DefaultValueFactory = _ => ScenarioInputFiles.DefaultScenario };
        var regionSites = new Option<int>("--region-sites") { Description = "Liegenschaften der erzeugten Region (0: weglassen)", DefaultValueFactory = _ => 10_000 };
        var regionSeconds = new Option<double>("--region-time-limit")
        {
            Description = "Zeitgrenze der Netzplanung für die Region in Sekunden (Ziel: höchstens 10 Minuten)",
            DefaultValueFactory = _ => 540,
        };
        var command = new Command("bench", "Leistungsmessung: Stadt und 10.000-Liegenschaften-Region, Ergebnis als JSON")
        {
            output, scenarioOption, regionSites, regionSeconds,
        };
        command.SetAction((parse, ct) => InfraCommandLine.Guard(context, async () =>
        {
            var path = parse.GetValue(scenarioOption)!;
            var scenario = ScenarioFile.Load(path);
            var results = new List<object>();
            var city = LayerFileSet.ReadInventory(ScenarioInputFiles.Resolve(scenario, path), new GeoJsonReadOptions());
            results.Add(await MeasureAsync(context.Console, "stadt-" + scenario.Name, scenario, city, ct).ConfigureAwait(false));
            var sites = parse.GetValue(regionSites);
            if (sites > 0)
            {
                // The region gets money and civil-works capacity in proportion to its sites, as a county would.
                var region = Region(sites);
                var scale = region.Sites.Count / (double)Math.Max(1, city.Sites.Count);
                var regional = scenario with
                {
                    Name = $"region-{sites}",
                    // Designs on the union of 4 cheap paths per site; the bound is still proven on the whole graph.
                    Solver = scenario.Solver with { TimeLimitSeconds = parse.GetValue(regionSeconds), PathsPerSite = 4 },
                    Capacities = scenario.Capacities with
                    {
                        TrenchMetresPerQuarter = scenario.Capacities.TrenchMetresPerQuarter * scale,
                        CapexBudgetPerYear = scenario.Capacities.CapexBudgetPerYear * scale,
                        RadioInstallsPerQuarter = (int)Math.Ceiling(scenario.Capacities.RadioInstallsPerQuarter * scale),
                        WlanSitesPerQuarter = (int)Math.Ceiling(scenario.Capacities.WlanSitesPerQuarter * scale),
                        CapexBudgetByYear = scenario.Capacities.CapexBudgetByYear.ToDictionary(y => y.Key, y => y.Value * scale),
                    },
                };
                results.Add(await MeasureAsync(context.Console, $"region-{sites}", regional, region, ct).ConfigureAwait(false));
            }

            var file = parse.GetValue(output)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
            var json = new
            {
                machine = new { Environment.ProcessorCount, os = Environment.OSVersion.VersionString, dotnet = Environment.Version.ToString() },
                instances = results,
            };
            await File.WriteAllTextAsync(file, JsonSerializer.Serialize(json, Indented) + "\n", ct).ConfigureAwait(false);
            context.Console.MarkupLine($"Messwerte geschrieben nach [bold]{Markup.Escape(file)}[/]");
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>A generated region: a grid of district centres over about 60 × 45 km, sites scaled to <paramref name="sites"/>.</summary>
    internal static GeoInventory Region(int sites)
    {
        var districts = new List<DistrictCentre>();
        for (var row = 0; row < 5; row++)
        {
            for (var col = 0; col < 8; col++)
            {
                districts.Add(new DistrictCentre($"Bezirk {row + 1}-{col + 1}", 370_000 + (col * 7_500), 5_690_000 + (row * 8_000)));
            }
        }

        var scale = sites / (double)new SyntheticSiteCounts().Total;
        int S(int n) => (int)Math.Round(n * scale);
        var defaults = new SyntheticSiteCounts();
        return CitySynthesizer.Generate(new SynthesisOptions
        {
            Seed = 10_000,
            Districts = districts,
            SiteCounts = new SyntheticSiteCounts
            {
                Kita = S(defaults.Kita), Office = S(defaults.Office), FireStation = S(defaults.FireStation), Library = S(defaults.Library),
                YouthCentre = S(defaults.YouthCentre), SportsFacility = S(defaults.SportsFacility), Other = S(defaults.Other),
            },
            StreetSegmentTarget = 120_000,
            BackboneTargetKm = 900,
            RadioHubCount = 120,
            ObstacleCount = 0,
            CityWidthM = 62_000,
            CityHeightM = 46_000,
        });
    }

    private static async Task<object> MeasureAsync(IAnsiConsole console, string name, Scenario scenario, GeoInventory inventory, CancellationToken ct)
    {
        GC.Collect();
        var clock = Stopwatch.StartNew();
        var (instance, result, buildSeconds, schedule) = await ProgressBars.RunAsync(console, async progress =>
        {
            progress.Step($"{name}: Kandidatennetz ({inventory.Sites.Count} Liegenschaften, {inventory.Streets.Count} Straßenabschnitte)");
            var built = await Task.Run(() => PlanningInstanceBuilder.Build(scenario, inventory, ct), ct).ConfigureAwait(false);
            var build = clock.Elapsed.TotalSeconds;
            progress.Step($"{name}: Optimierung");
            var solved = await Task.Run(() => new NetworkDesignOptimizer().Solve(built, null, ct), ct).ConfigureAwait(false);
            progress.Step($"{name}: Zeitplan");
            var options = new ScheduleOptions { TimeLimitSeconds = Math.Clamp(scenario.Solver.TimeLimitSeconds / 2, 5, 120), Threads = scenario.Solver.Threads };
            var planned = await Task.Run(() => RolloutScheduler.Build(built, solved.Design, options, ct), ct).ConfigureAwait(false);
            progress.Complete();
            return (built, solved, build, planned);
        }).ConfigureAwait(false);
        var wall = clock.Elapsed.TotalSeconds;
        using var process = Process.GetCurrentProcess();
        var figures = new
        {
            name,
            sites = instance.Sites.Count,
            street_segments = inventory.Streets.Count,
            graph_nodes = instance.Graph.Nodes.Count,
            graph_edges = instance.Graph.Edges.Count,
            unrestricted_graph_edges = instance.UnrestrictedGraph?.Edges.Count,
            radio_candidates = instance.RadioCandidates.Count,
            wall_seconds = Math.Round(wall, 2),
            instance_seconds = Math.Round(buildSeconds, 2),
            optimiser_seconds = Math.Round(result.WallSeconds, 2),
            peak_memory_mb = Math.Round(process.PeakWorkingSet64 / 1024.0 / 1024.0),
            objective_eur = Math.Round(result.Objective),
            best_bound_eur = Math.Round(result.BestBound),
            gap = Math.Round(result.Gap, 5),
            bound_valid_for = result.BoundLabel,
            restricted_graph_bound_eur = result.RestrictedBound is { } rb ? Math.Round(rb) : (double?)null,
            restricted_graph_gap = result.RestrictedBound is { } r ? Math.Round(Math.Max(0, (result.Objective - r) / result.Objective), 5) : (double?)null,
            status = result.Status,
            method = result.Method,
            nodes = result.Nodes,
            cut_rounds = result.CutRounds,
            cuts = result.Cuts,
            fixed_columns = result.FixedColumns,
            greedy_objective_eur = Math.Round(result.GreedyObjective),
            greedy_seconds = Math.Round(result.GreedySeconds, 2),
            plan_to_greedy = Math.Round(result.Objective / result.GreedyObjective, 4),
            unserved_sites = result.Design.Technology.Select((t, i) => t is null && !instance.Sites[i].KeepsCurrentUplink).Count(u => u),
            schedule_seconds = Math.Round(schedule.Figures.Seconds, 2),
            schedule_method = schedule.Figures.Method,
            schedule_objective_points = schedule.Figures.Objective,
            schedule_best_bound_points = schedule.Figures.BestBound,
            schedule_gap = Math.Round(schedule.Figures.Gap, 5),
            schedule_baseline_points = schedule.Figures.BaselineObjective,
            deadline_holds = schedule.DeadlineMisses.All(m => m.Bridged),
            bridged_sites = schedule.DeadlineMisses.Count(m => m.Bridged),
            missed_sites = schedule.DeadlineMisses.Count(m => !m.Bridged),
        };
        console.MarkupLine(Markup.Escape(
            $"{name}: {GermanFormat.Number(wall, 1)} s, {GermanFormat.Number(figures.peak_memory_mb)} MB, Zielwert {GermanFormat.Euro(result.Objective)}, " +
            $"Schranke {GermanFormat.Euro(result.BestBound)}, Lücke {GermanFormat.Percent(result.Gap, 2)}, Greedy {GermanFormat.Euro(result.GreedyObjective)}"));
        return figures;
    }
}
