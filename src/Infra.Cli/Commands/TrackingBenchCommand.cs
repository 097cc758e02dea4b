using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Infra.Data;
using Infra.Data.Import;
using Infra.Data.Kpis;
using Infra.Data.Plans;
using Infra.Data.Progress;
using Infra.Scenarios;
using Infra.Geo.GeoJson;
using Infra.Planning.Pipeline;
using Npgsql;
using Spectre.Console;

namespace Infra.Cli.Commands;

/// <summary>
/// <c>infra bench-tracking</c>: plans the default city once, then per provider (a fresh SQLite file; a scratch
/// database on the given PostgreSQL server, dropped afterwards) imports the layers, saves the plan, imports seeded
/// progress reports with 10,000 rows in all and takes KPI snapshots; wall times and peak memory to a JSON file.
/// Targets (issue 5): 10,000 rows in at most 5 s per provider, a KPI snapshot in at most 1 s.
/// </summary>
internal static class TrackingBenchCommand
{
    private const double ImportTargetSeconds = 5;
    private const double SnapshotTargetSeconds = 1;
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create(CliContext context)
    {
        var output = new Option<string>("--out") { Description = "JSON-Datei der Messwerte", DefaultValueFactory = _ => Path.Combine("bench", "tracking.json") };
        var postgres = new Option<string?>("--postgres") { Description = "PostgreSQL-Server (Verbindungszeichenfolge); eine Wegwerf-Datenbank wird angelegt und gelöscht" };
        var rows = new Option<int>("--rows") { Description = "Zeilen der Fortschrittsberichte", DefaultValueFactory = _ => 10_000 };
        var seed = new Option<int>("--seed") { Description = "Startwert des Zufallsgenerators", DefaultValueFactory = _ => 2028 };
        var command = new Command("bench-tracking", "Leistungsmessung: Fortschrittsimport (10.000 Zeilen) und KPI-Schnappschuss, SQLite und PostgreSQL")
        {
            output, postgres, rows, seed,
        };
        command.SetAction((parse, ct) => InfraCommandLine.Guard(context, () => RunAsync(
            context, parse.GetValue(output)!, parse.GetValue(postgres), parse.GetValue(rows), parse.GetValue(seed), ct)));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string file, string? postgres, int rows, int seed, CancellationToken ct)
    {
        var path = ScenarioInputFiles.DefaultScenario;
        var scenario = ScenarioFile.Load(path);
        var inventory = LayerFileSet.ReadInventory(ScenarioInputFiles.Resolve(scenario, path), new GeoJsonReadOptions());
        var clock = Stopwatch.StartNew();
        var outcome = await PlanCommand.PlanAsync(context.Console, scenario, inventory, null, ct).ConfigureAwait(false);
        var planSeconds = clock.Elapsed.TotalSeconds;
        var today = DateOnly.FromDateTime(context.Time.GetUtcNow().UtcDateTime);
        var reports = ProgressReportGenerator.Generate(
            outcome.Plan.Sites.Select(s => s.Site.Id.Value).ToArray(),
            outcome.Plan.Trenches.Select(t => (Core.Plans.PlanTrench.IdOf(t.EdgeIndex), t.LengthM)).ToArray(),
            rows, seed, today);

        var results = new List<object>();
        var folder = Path.Combine(Path.GetTempPath(), "infra-bench-tracking-" + Guid.NewGuid().ToString("N"));
        try
        {
            results.Add(await MeasureAsync(context, DatabaseOptions.Sqlite(Path.Combine(folder, "infra.db")), inventory, outcome, reports, today, ct).ConfigureAwait(false));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        if (postgres is not null)
        {
            results.Add(await OnScratchPostgresAsync(postgres, options => MeasureAsync(context, options, inventory, outcome, reports, today, ct), ct).ConfigureAwait(false));
        }

        var json = new
        {
            Machine = new { Environment.ProcessorCount, Os = Environment.OSVersion.VersionString, Dotnet = Environment.Version.ToString() },
            Command = "infra bench-tracking --out " + file + (postgres is null ? "" : " --postgres \"<conn>\""),
            Plan = new
            {
                Source = $"default city planned once with {path} on the geodata of 'infra import --default' (PlanningPipeline, CBC)",
                Sites = outcome.Plan.Sites.Count,
                Trenches = outcome.Plan.Trenches.Count,
                Seconds = Math.Round(planSeconds, 2),
            },
            Reports = new
            {
                Rows = reports.Sum(r => r.Rows),
                Files = reports.Count,
                Seed = seed,
                Shape = "CSV; first report: six milestones per site and every trench; then updates (next milestone per unfinished site, more metres per trench) and unchanged rows",
            },
            Targets = new { ImportSeconds = ImportTargetSeconds, KpiSnapshotSeconds = SnapshotTargetSeconds },
            Providers = results,
            PeakWorkingSetMb = Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024,
            PeakWorkingSetNote = "whole process, including planning the city",
        };
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(json, Indented) + "\n", ct).ConfigureAwait(false);
        context.Console.MarkupLine($"Messwerte geschrieben nach [bold]{Markup.Escape(file)}[/]");
        return ExitCodes.Ok;
    }

    private static async Task<object> MeasureAsync(
        CliContext context, DatabaseOptions options, Core.Network.GeoInventory inventory, PlanOutcome outcome,
        IReadOnlyList<ProgressReportGenerator.Report> reports, DateOnly today, CancellationToken ct)
    {
        var db = await InfraDatabase.OpenAsync(options, ct).ConfigureAwait(false);
        await new LayerImporter(db).ImportAsync(LayerImport.All(inventory), ct).ConfigureAwait(false);
        var clock = Stopwatch.StartNew();
        var version = await new PlanStore(db, context.Time).SaveAsync(Planning.Export.PlanExporter.Export(outcome), new PlanSaveOptions(ScenarioFile.ToYaml(outcome.Instance.Scenario)), ct).ConfigureAwait(false);
        var planSave = clock.Elapsed.TotalSeconds;

        var store = new ProgressStore(db, context.Time);
        var perReport = new List<object>();
        var memoryBefore = GC.GetTotalAllocatedBytes();
        clock.Restart();
        foreach (var report in reports)
        {
            var started = clock.Elapsed.TotalSeconds;
            var r = await store.ImportAsync(report.FileName, new MemoryStream(report.Content, writable: false), "bench", ct).ConfigureAwait(false);
            perReport.Add(new { r.FileName, r.Rows, r.New, r.Changed, r.Unchanged, Seconds = Math.Round(clock.Elapsed.TotalSeconds - started, 3) });
        }

        var importSeconds = clock.Elapsed.TotalSeconds;
        var allocatedMb = (GC.GetTotalAllocatedBytes() - memoryBefore) / 1024.0 / 1024.0;

        var kpis = new KpiStore(db);
        var snapshots = new List<double>();
        Core.Tracking.KpiFigures? figures = null;
        for (var i = 0; i < 5; i++)
        {
            clock.Restart();
            figures = await KpiService.CurrentAsync(db, version, today, ct).ConfigureAwait(false);
            await kpis.SaveAsync(version, figures, context.Time.GetUtcNow(), ct).ConfigureAwait(false);
            snapshots.Add(clock.Elapsed.TotalSeconds);
        }

        context.Console.MarkupLine($"{db.Provider}: {reports.Sum(r => r.Rows)} Zeilen in {importSeconds:0.00} s, KPI-Schnappschuss {snapshots[0]:0.000} s");
        return new
        {
            Provider = db.Provider.ToString(),
            PlanSaveSeconds = Math.Round(planSave, 3),
            Rows = reports.Sum(r => r.Rows),
            ImportSeconds = Math.Round(importSeconds, 3),
            RowsPerSecond = Math.Round(reports.Sum(r => r.Rows) / importSeconds),
            ImportAllocatedMb = Math.Round(allocatedMb, 1),
            Reports = perReport,
            KpiSnapshotFirstSeconds = Math.Round(snapshots[0], 3),
            KpiSnapshotMedianSeconds = Math.Round(snapshots.Order().ElementAt(snapshots.Count / 2), 3),
            KpiConnectedShare = Math.Round(figures!.ConnectedShare, 4),
            MeetsImportTarget = importSeconds <= ImportTargetSeconds,
            MeetsKpiTarget = snapshots.Max() <= SnapshotTargetSeconds,
        };
    }

    /// <summary>Runs <paramref name="measure"/> on a fresh database of the server and drops it afterwards.</summary>
    private static async Task<object> OnScratchPostgresAsync(string server, Func<DatabaseOptions, Task<object>> measure, CancellationToken ct)
    {
        var name = "infra_bench_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(server, $"CREATE DATABASE {name}", ct).ConfigureAwait(false);
        try
        {
            return await measure(DatabaseOptions.Postgres(new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString())).ConfigureAwait(false);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)", CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }
}
