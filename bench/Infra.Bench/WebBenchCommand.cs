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
using Infra.Cli;
using Infra.Cli.Commands;
using Spectre.Console;

namespace Infra.Bench;

/// <summary>
/// <c>infra-bench web</c>: starts the web app on 127.0.0.1 (free port) and drives the KPI and OGC items endpoints at a
/// fixed request rate for a fixed time, then writes latency percentiles, achieved rate and errors per endpoint.
/// With <c>--write-rate</c> (mixed profile) idempotent writes run beside the reads: the hubs layer uploaded unchanged
/// (GIS) and the same progress report again (Planer), so that the read p95 under writes is measured and reported with
/// the write p95. Bounded and self-stopping: the schedule ends after the duration and at most <c>MaxInFlight</c>
/// requests are open.
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
        var writeRate = new Option<int>("--write-rate")
        {
            Description = "Schreibzugriffe pro Sekunde je Schreibart (unveränderter Ebenen-Upload, gleicher Fortschrittsbericht); 0: nur Lesen",
            DefaultValueFactory = _ => 0,
        };
        var command = new Command("web", "Lasttest der Web-API (KPI- und OGC-Endpunkt, wahlweise mit Schreibzugriffen) auf 127.0.0.1")
        {
            output, rate, seconds, writeRate,
        };
        command.SetAction((parse, ct) => InfraCommandLine.Guard(context, async () =>
        {
            var given = parse.GetResult(InfraCommandLine.Database) is { Implicit: false };
            var folder = given ? null : Path.Combine(Path.GetTempPath(), "infra-bench-web-" + Guid.NewGuid().ToString("N"));
            var dbPath = folder is null ? parse.GetValue(InfraCommandLine.Database)! : Path.Combine(folder, "infra.db");
            try
            {
                return await RunAsync(context, dbPath, parse.GetValue(output)!, Math.Clamp(parse.GetValue(rate), 1, 5_000),
                    Math.Clamp(parse.GetValue(seconds), 1, 600), Math.Clamp(parse.GetValue(writeRate), 0, 500), ct).ConfigureAwait(false);
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

    private static async Task<int> RunAsync(CliContext context, string dbPath, string outPath, int rate, int seconds, int writeRate, CancellationToken ct)
    {
        var database = await DatabaseTarget.OpenAsync(dbPath, ct).ConfigureAwait(false);
        var planVersion = await EnsureDataAsync(context, database, ct).ConfigureAwait(false);
        await using var app = await InfraWebApp.CreateAsync(
            new WebOptions
            {
                Database = database.Options, Urls = "http://127.0.0.1:0", EnableJobs = false, Time = context.Time,
                Args = ["--Web:RateLimit:WritesPerMinute=1000000"],   // the load generator is one caller
            },
            cancellationToken: ct).ConfigureAwait(false);
        await app.StartAsync(ct).ConfigureAwait(false);
        var address = app.Urls.First();
        context.Console.MarkupLine($"App auf {Markup.Escape(address)}; {rate}/s je Endpunkt für {seconds} s …");

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(10) };
        var targets = Paths.Select(p => new BenchTarget(p, rate, () => new HttpRequestMessage(HttpMethod.Get, p), false)).ToList();
        if (writeRate > 0)
        {
            targets.AddRange(await WebBenchWrites.CreateAsync(app, client, writeRate, ct).ConfigureAwait(false));
        }

        foreach (var target in targets)
        {
            // Warm-up fills the caches and JIT-compiles the paths before the clock starts (a write's first run imports, later ones are unchanged).
            for (var i = 0; i < (target.Write ? 2 : 20); i++)
            {
                using var warm = await client.SendAsync(target.Create(), ct).ConfigureAwait(false);
            }
        }

        // The machine may be shared: record how busy it was, since that moves the tail latencies.
        var load = File.Exists("/proc/loadavg") ? (await File.ReadAllTextAsync("/proc/loadavg", ct).ConfigureAwait(false)).Trim() : null;
        var results = await DriveAsync(client, targets, seconds, context.Time, ct).ConfigureAwait(false);
        await app.StopAsync(ct).ConfigureAwait(false);

        var report = new
        {
            measuredAt = context.Time.GetUtcNow(),
            machine = new { processors = Environment.ProcessorCount, os = Environment.OSVersion.VersionString, loadAverageBefore = load },
            note = "app and load generator in one process on 127.0.0.1; latency from the scheduled send time (no coordinated omission)",
            profile = writeRate > 0 ? "mixed" : "read",
            ratePerEndpoint = rate,
            writeRatePerKind = writeRate,
            durationSeconds = seconds,
            planVersion,
            targetP95Ms = 50,
            readP95Ms = Percentile(results.Where(r => !r.Write), 0.95),
            writeP95Ms = writeRate > 0 ? Percentile(results.Where(r => r.Write), 0.95) : (double?)null,
            endpoints = results.Select(r => r.Result).ToArray(),
            pass = results.Where(r => !r.Write).All(r => r.Result.P95Ms < 50) && results.All(r => r.Result.Errors == 0),
        };
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outPath))!);
        await File.WriteAllTextAsync(outPath, JsonSerializer.Serialize(report, Json) + "\n", ct).ConfigureAwait(false);

        var table = new Table().Title("Web-Lasttest").AddColumns("Endpunkt", "Anfragen", "Rate/s", "p50 ms", "p95 ms", "p99 ms", "Fehler");
        foreach (var r in results.Select(r => r.Result))
        {
            table.AddRow(Markup.Escape(r.Path), r.Requests.ToString(CultureInfo.InvariantCulture), r.AchievedRate.ToString("0.0", CultureInfo.InvariantCulture),
                r.P50Ms.ToString("0.0", CultureInfo.InvariantCulture), r.P95Ms.ToString("0.0", CultureInfo.InvariantCulture),
                r.P99Ms.ToString("0.0", CultureInfo.InvariantCulture), r.Errors.ToString(CultureInfo.InvariantCulture));
        }

        context.Console.Write(table);
        context.Console.MarkupLine($"Ergebnis in {Markup.Escape(outPath)}; Ziel p95 < 50 ms ohne Fehler: {(report.pass ? "[green]erreicht[/]" : "[red]verfehlt[/]")}");
        return ExitCodes.Ok;
    }

    /// <summary>
    /// Fixed-rate open-loop schedule: request k of a target is due at k / its rate seconds, whether earlier ones have
    /// answered or not. Returns each target's result with its raw latencies (for the read and write p95 over targets).
    /// </summary>
    private static async Task<TargetResult[]> DriveAsync(HttpClient client, List<BenchTarget> targets, int seconds, TimeProvider time, CancellationToken ct)
    {
        var latencies = targets.Select(_ => new ConcurrentBag<double>()).ToArray();
        var errors = new int[targets.Count];
        var inFlight = 0;
        var pending = new List<Task>();
        var schedule = targets.SelectMany((t, e) => Enumerable.Range(0, t.Rate * seconds).Select(k => (Due: TimeSpan.FromSeconds((double)k / t.Rate), Target: e)))
            .OrderBy(x => x.Due).ThenBy(x => x.Target).ToArray();
        var clock = Stopwatch.StartNew();
        foreach (var (due, endpoint) in schedule)
        {
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait, time, ct).ConfigureAwait(false);
            }

            if (Interlocked.Increment(ref inFlight) > MaxInFlight)
            {
                Interlocked.Decrement(ref inFlight);
                Interlocked.Increment(ref errors[endpoint]);
                continue;
            }

            pending.Add(Task.Run(async () =>
            {
                try
                {
                    using var request = targets[endpoint].Create();
                    using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct).ConfigureAwait(false);
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

        await Task.WhenAll(pending).ConfigureAwait(false);
        var elapsed = clock.Elapsed.TotalSeconds;
        return targets.Select((target, e) =>
        {
            var sorted = latencies[e].Order().ToArray();
            double P(double q) => sorted.Length == 0 ? 0 : Math.Round(sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)], 2);
            return new TargetResult(target.Write, sorted, new EndpointResult(target.Name, target.Write ? "write" : "read", sorted.Length,
                Math.Round(sorted.Length / elapsed, 1), P(0.50), P(0.95), P(0.99), sorted.Length == 0 ? 0 : Math.Round(sorted[^1], 2),
                sorted.Length == 0 ? 0 : Math.Round(sorted.Average(), 2), errors[e]));
        }).ToArray();
    }

    /// <summary>The <paramref name="q"/> quantile of the latencies of all <paramref name="results"/> together.</summary>
    private static double Percentile(IEnumerable<TargetResult> results, double q)
    {
        var sorted = results.SelectMany(r => r.Latencies).Order().ToArray();
        return sorted.Length == 0 ? 0 : Math.Round(sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)], 2);
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

    private sealed record EndpointResult(string Path, string Kind, int Requests, double AchievedRate, double P50Ms, double P95Ms, double P99Ms,
        double MaxMs, double MeanMs, int Errors);

    private sealed record TargetResult(bool Write, double[] Latencies, EndpointResult Result);
}
