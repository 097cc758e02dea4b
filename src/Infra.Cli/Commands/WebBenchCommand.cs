using System.Collections.Concurrent;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Infra.Data;
using Infra.Data.Import;
using Infra.Data.Plans;
using Infra.Scenarios;
using Infra.Data.Store;
using Infra.Geo.GeoJson;
using Infra.Planning.Pipeline;
using Infra.Web;
using Spectre.Console;

namespace Infra.Cli.Commands;

/// <summary>
/// <c>infra bench-web</c>: starts the web app on 127.0.0.1 (free port) and drives the KPI and OGC items endpoints at a
/// fixed request rate for a fixed time, then writes latency percentiles, achieved rate and errors per endpoint.
/// Bounded and self-stopping: the schedule ends after the duration and at most <c>MaxInFlight</c> requests are open.
/// </summary>
internal static class WebBenchCommand
{
    private const int MaxInFlight = 2_000;
    private static readonly string[] Paths = ["/api/kpis/current", "/ogc/collections/sites/items?limit=100"];
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create(CliContext context)
    {
        var output = new Option<string>("--out") { Description = "Ergebnisdatei (JSON)", DefaultValueFactory = _ => Path.Combine("bench", "web.json") };
        var rate = new Option<int>("--rate") { Description = "Anfragen pro Sekunde je Endpunkt", DefaultValueFactory = _ => 200 };
        var seconds = new Option<int>("--seconds") { Description = "Dauer der Messung in Sekunden", DefaultValueFactory = _ => 30 };
        var command = new Command("bench-web", "Lasttest der Web-API (KPI- und OGC-Endpunkt) auf 127.0.0.1") { output, rate, seconds };
        command.SetAction((parse, ct) => InfraCommandLine.Guard(context, async () =>
        {
            var given = parse.GetResult(InfraCommandLine.Database) is { Implicit: false };
            var folder = given ? null : Path.Combine(Path.GetTempPath(), "infra-bench-web-" + Guid.NewGuid().ToString("N"));
            var dbPath = folder is null ? parse.GetValue(InfraCommandLine.Database)! : Path.Combine(folder, "infra.db");
            try
            {
                return await RunAsync(context, dbPath, parse.GetValue(output)!, Math.Clamp(parse.GetValue(rate), 1, 5_000),
                    Math.Clamp(parse.GetValue(seconds), 1, 600), ct).ConfigureAwait(false);
            }
            finally
            {
                if (folder is not null)
                {
                    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                    Directory.Delete(folder, recursive: true);
                }
            }
        }));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string dbPath, string outPath, int rate, int seconds, CancellationToken ct)
    {
        var database = await DatabaseTarget.OpenAsync(dbPath, ct).ConfigureAwait(false);
        var planVersion = await EnsureDataAsync(context, database, ct).ConfigureAwait(false);
        await using var app = await InfraWebApp.CreateAsync(
            new WebOptions { Database = database.Options, Urls = "http://127.0.0.1:0", EnableJobs = false, Time = context.Time },
            cancellationToken: ct).ConfigureAwait(false);
        await app.StartAsync(ct).ConfigureAwait(false);
        var address = app.Urls.First();
        context.Console.MarkupLine($"App auf {Markup.Escape(address)}; {rate}/s je Endpunkt für {seconds} s …");

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(10) };
        foreach (var path in Paths)
        {
            // Warm-up fills the caches and JIT-compiles the paths before the clock starts.
            for (var i = 0; i < 20; i++)
            {
                using var warm = await client.GetAsync(new Uri(path, UriKind.Relative), ct).ConfigureAwait(false);
            }
        }

        // The machine may be shared: record how busy it was, since that moves the tail latencies.
        var load = File.Exists("/proc/loadavg") ? (await File.ReadAllTextAsync("/proc/loadavg", ct).ConfigureAwait(false)).Trim() : null;
        var results = await DriveAsync(client, rate, seconds, context.Time, ct).ConfigureAwait(false);
        await app.StopAsync(ct).ConfigureAwait(false);

        var report = new
        {
            measuredAt = context.Time.GetUtcNow(),
            machine = new { processors = Environment.ProcessorCount, os = Environment.OSVersion.VersionString, loadAverageBefore = load },
            note = "app and load generator in one process on 127.0.0.1; latency from the scheduled send time (no coordinated omission)",
            ratePerEndpoint = rate,
            durationSeconds = seconds,
            planVersion,
            targetP95Ms = 50,
            endpoints = results,
            pass = results.All(r => r.P95Ms < 50 && r.Errors == 0),
        };
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outPath))!);
        await File.WriteAllTextAsync(outPath, JsonSerializer.Serialize(report, Json) + "\n", ct).ConfigureAwait(false);

        var table = new Table().Title("Web-Lasttest").AddColumns("Endpunkt", "Anfragen", "Rate/s", "p50 ms", "p95 ms", "p99 ms", "Fehler");
        foreach (var r in results)
        {
            table.AddRow(Markup.Escape(r.Path), r.Requests.ToString(CultureInfo.InvariantCulture), r.AchievedRate.ToString("0.0", CultureInfo.InvariantCulture),
                r.P50Ms.ToString("0.0", CultureInfo.InvariantCulture), r.P95Ms.ToString("0.0", CultureInfo.InvariantCulture),
                r.P99Ms.ToString("0.0", CultureInfo.InvariantCulture), r.Errors.ToString(CultureInfo.InvariantCulture));
        }

        context.Console.Write(table);
        context.Console.MarkupLine($"Ergebnis in {Markup.Escape(outPath)}; Ziel p95 < 50 ms ohne Fehler: {(report.pass ? "[green]erreicht[/]" : "[red]verfehlt[/]")}");
        return ExitCodes.Ok;
    }

    /// <summary>Fixed-rate open-loop schedule: request k of an endpoint is due at k / rate seconds, whether earlier ones have answered or not.</summary>
    private static async Task<EndpointResult[]> DriveAsync(HttpClient client, int rate, int seconds, TimeProvider time, CancellationToken ct)
    {
        var latencies = Paths.Select(_ => new ConcurrentBag<double>()).ToArray();
        var errors = new int[Paths.Length];
        var inFlight = 0;
        var pending = new List<Task>();
        var clock = Stopwatch.StartNew();
        var total = rate * seconds;
        for (var k = 0; k < total; k++)
        {
            var due = TimeSpan.FromSeconds((double)k / rate);
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait, time, ct).ConfigureAwait(false);
            }

            for (var e = 0; e < Paths.Length; e++)
            {
                if (Interlocked.Increment(ref inFlight) > MaxInFlight)
                {
                    Interlocked.Decrement(ref inFlight);
                    Interlocked.Increment(ref errors[e]);
                    continue;
                }

                var endpoint = e;
                pending.Add(Task.Run(async () =>
                {
                    try
                    {
                        using var response = await client.GetAsync(new Uri(Paths[endpoint], UriKind.Relative), HttpCompletionOption.ResponseContentRead, ct)
                            .ConfigureAwait(false);
                        if (response.StatusCode != HttpStatusCode.OK)
                        {
                            Interlocked.Increment(ref errors[endpoint]);
                        }
                    }
                    catch (HttpRequestException)
                    {
                        Interlocked.Increment(ref errors[endpoint]);
                    }
                    catch (TaskCanceledException) when (!ct.IsCancellationRequested)
                    {
                        Interlocked.Increment(ref errors[endpoint]);   // client timeout
                    }
                    finally
                    {
                        latencies[endpoint].Add((clock.Elapsed - due).TotalMilliseconds);
                        Interlocked.Decrement(ref inFlight);
                    }
                }, ct));
            }
        }

        await Task.WhenAll(pending).ConfigureAwait(false);
        var elapsed = clock.Elapsed.TotalSeconds;
        return Paths.Select((path, e) =>
        {
            var sorted = latencies[e].Order().ToArray();
            double P(double q) => sorted.Length == 0 ? 0 : Math.Round(sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)], 2);
            return new EndpointResult(path, sorted.Length, Math.Round(sorted.Length / elapsed, 1), P(0.50), P(0.95), P(0.99),
                sorted.Length == 0 ? 0 : Math.Round(sorted[^1], 2), sorted.Length == 0 ? 0 : Math.Round(sorted.Average(), 2), errors[e]);
        }).ToArray();
    }

    /// <summary>Imports the default geodata and plans the default scenario when the database has no sites or no plan yet.</summary>
    private static async Task<long> EnsureDataAsync(CliContext context, InfraDatabase database, CancellationToken ct)
    {
        var scenarioPath = ScenarioInputFiles.DefaultScenario;
        var scenario = ScenarioFile.Load(scenarioPath);
        if ((await new LayerStore(database).SitesAsync(ct).ConfigureAwait(false)).Count == 0)
        {
            context.Console.MarkupLine("Importiere die Standard-Geodaten …");
            var files = ScenarioInputFiles.Resolve(scenario, scenarioPath);
            await new LayerImporter(database).ImportAsync(
                files.Select(f => LayerFileSet.Read(f.Key, f.Value, new GeoJsonReadOptions(), removeMissing: false)), ct).ConfigureAwait(false);
        }

        var store = new PlanStore(database, context.Time);
        if (await store.LatestAsync(null, ct).ConfigureAwait(false) is { } latest)
        {
            return latest.Version;
        }

        context.Console.MarkupLine("Plane das Standardszenario (etwa 40 s) …");
        var inventory = await new LayerStore(database).LoadInventoryAsync(ct).ConfigureAwait(false);
        var outcome = await PlanningPipeline.RunAsync(scenario, inventory, null, PlanningPipeline.ScheduleOptionsFor(scenario), ct).ConfigureAwait(false);
        return await store.SaveAsync(Planning.Export.PlanExporter.Export(outcome), new PlanSaveOptions(ScenarioFile.ToYaml(scenario)), ct).ConfigureAwait(false);
    }

    private sealed record EndpointResult(string Path, int Requests, double AchievedRate, double P50Ms, double P95Ms, double P99Ms, double MaxMs,
        double MeanMs, int Errors);
}
