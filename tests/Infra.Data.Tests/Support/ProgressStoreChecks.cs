using System.Text;
using Infra.Core.Inputs;
using Infra.Core.Progress;
using Infra.Data.Plans;
using Infra.Data.Progress;
using Microsoft.EntityFrameworkCore;

namespace Infra.Data.Tests.Support;

/// <summary>Progress report checks that run unchanged against SQLite and PostgreSQL.</summary>
internal static class ProgressStoreChecks
{
    /// <summary>Today for every check; with the default tolerance dates up to 2026-03-09 are accepted.</summary>
    public static readonly FixedTime Today = new(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero));

    public const string Header = "liegenschaft_id,meilenstein,geplant,ist,status\n";

    public static async Task GoodReportsImportAndReadBack(DatabaseOptions options)
    {
        var (store, a, b, trench) = await SetUpAsync(options);
        var csv = Header
            + $"{a},planung,2025-03-31,2025-03-12,erledigt\n"
            + $"{a},Genehmigung,2025-06-30,04.07.2025,Erledigt\n"
            + $"{a},tiefbau,2025-12-31,,in_arbeit\n"
            + $"{b},planung,2025-06-30,,In Arbeit\n";

        var result = await ImportAsync(store, "maerz.csv", csv);

        Assert.Equal(("maerz.csv", 4, 4, 0, 0, false), (result.FileName, result.Rows, result.New, result.Changed, result.Unchanged, result.AlreadyImported));
        Assert.Equal(64, result.Sha256.Length);
        var expectedA = new[]
        {
            new SiteMilestone(a, Milestone.Planung, new DateOnly(2025, 3, 31), new DateOnly(2025, 3, 12), MilestoneStatus.Erledigt),
            new SiteMilestone(a, Milestone.Genehmigung, new DateOnly(2025, 6, 30), new DateOnly(2025, 7, 4), MilestoneStatus.Erledigt),
            new SiteMilestone(a, Milestone.Tiefbau, new DateOnly(2025, 12, 31), null, MilestoneStatus.InArbeit),
        };
        Assert.Equal(expectedA, await store.MilestonesAsync(a));
        Assert.Equal(4, (await store.MilestonesAsync(null)).Count);

        var geojson = """
            {"type":"FeatureCollection","features":[
            {"type":"Feature","geometry":{"type":"Point","coordinates":[7.45,51.51]},"properties":{"liegenschaft_id":"B","meilenstein":"Einblasen/Spleißen","geplant":"2026-06-30","ist":null,"status":"offen"}},
            {"type":"Feature","geometry":{"type":"LineString","coordinates":[[7.45,51.51],[7.46,51.51]]},"properties":{"trasse_id":"T","meter_gebaut":80.5,"stand":"2026-02-27"}}
            ]}
            """.Replace("\"B\"", $"\"{b}\"", StringComparison.Ordinal).Replace("\"T\"", $"\"{trench}\"", StringComparison.Ordinal);

        var second = await ImportAsync(store, "maerz.geojson", geojson);

        Assert.Equal((2, 2, 0, 0), (second.Rows, second.New, second.Changed, second.Unchanged));
        Assert.Equal([new TrenchProgress(trench, 80.5, new DateOnly(2026, 2, 27))], await store.TrenchProgressAsync());
        Assert.Equal(MilestoneStatus.Offen, (await store.MilestonesAsync(b)).Single(m => m.Milestone == Milestone.EinblasenSpleissen).Status);
    }

    public static async Task SameReportTwiceChangesNothing(DatabaseOptions options)
    {
        var (store, a, _, trench) = await SetUpAsync(options);
        var csv = Header + $"{a},planung,2025-03-31,2025-03-12,erledigt\n{a},genehmigung,2025-06-30,,in_arbeit\n";
        await ImportAsync(store, "bericht.csv", csv);
        var before = await SnapshotAsync(store, options);

        var again = await ImportAsync(store, "bericht-kopie.csv", csv);

        Assert.Equal((2, 0, 0, 2, true), (again.Rows, again.New, again.Changed, again.Unchanged, again.AlreadyImported));
        Assert.Equal(before, await SnapshotAsync(store, options));

        // Another file with one row the same, one changed and one new: counted row by row.
        var next = await ImportAsync(store, "april.csv",
            Header + $"{a},planung,2025-03-31,2025-03-12,erledigt\n{a},genehmigung,2025-06-30,2025-08-01,erledigt\n{a},tiefbau,2026-01-31,,offen\n");
        Assert.Equal((3, 1, 1, 1, false), (next.Rows, next.New, next.Changed, next.Unchanged, next.AlreadyImported));

        var metres = await ImportAsync(store, "trassen.csv", $"trasse_id,meter_gebaut,stand\n{trench},10,2026-02-01\n");
        var more = await ImportAsync(store, "trassen-2.csv", $"trasse_id,meter_gebaut,stand\n{trench},25.5,2026-03-01\n");
        Assert.Equal((1, 0), (metres.New, metres.Changed));
        Assert.Equal((0, 1), (more.New, more.Changed));
        Assert.Equal(25.5, Assert.Single(await store.TrenchProgressAsync()).MetresBuilt);
    }

    /// <summary>Each bad report gives exactly its error (file, row, field, message) and leaves the database as it was.</summary>
    public static async Task BadReportsChangeNothing(DatabaseOptions options)
    {
        var (store, a, b, trench) = await SetUpAsync(options);
        await ImportAsync(store, "basis.csv", Header + $"{a},planung,2025-03-31,2025-03-12,erledigt\n{a},genehmigung,2025-06-30,2025-07-04,erledigt\n");
        var before = await SnapshotAsync(store, options);
        const string T = "trasse_id,meter_gebaut,stand\n";
        (string Content, int Row, string Field, string Message)[] cases =
        [
            (Header + $"{b},planung,,,offen\nXX-404,planung,,,offen\n", 1, "liegenschaft_id", "unknown site id 'XX-404'"),
            (T + $"{trench},5,2026-02-01\nedge-999999,5,2026-02-01\n", 1, "trasse_id", "unknown trench id 'edge-999999'"),
            (Header + $"{b},abriss,,,offen\n", 0, "meilenstein", "unknown milestone 'abriss'"),
            (Header + $"{b},planung,,,fertig\n", 0, "status", "unknown status 'fertig'"),
            (Header + $"{b},planung,,,offen\n{b},tiefbau,,2026-01-10,erledigt\n", 1, "status", "earlier milestone planung is not"),
            (Header + $"{a},tiefbau,,2025-07-01,erledigt\n", 0, "ist", "before the earlier milestone genehmigung (2025-07-04)"),
            (Header + $"{a},planung,,,in_arbeit\n", 0, "status", "not done, but the later milestone genehmigung is done since 2025-07-04"),
            (Header + $"{b},planung,,2026-03-20,erledigt\n", 0, "ist", "actual date 2026-03-20 lies in the future (latest allowed 2026-03-09)"),
            (T + $"{trench},-3,2026-02-01\n", 0, "meter_gebaut", "must not be negative"),
            (T + $"{trench},NaN,2026-02-01\n", 0, "meter_gebaut", "'NaN' is not a number of metres"),
            (Header + $"{b},planung,31.02.2026,,offen\n", 0, "geplant", "'31.02.2026' is not a date"),
            (T + $"{trench},5,2026-04-01\n", 0, "stand", "report date 2026-04-01 lies in the future"),
        ];

        foreach (var (content, row, field, message) in cases)
        {
            var file = content.StartsWith(T, StringComparison.Ordinal) ? "trassen.csv" : "meilensteine.csv";
            var error = await Record.ExceptionAsync(() => ImportAsync(store, file, content));

            var bad = error as InputException;
            Assert.True(bad is not null, $"{error?.GetType().Name ?? "no error"} for:\n{content}");
            var e = Assert.Single(bad.Errors);
            Assert.Equal((file, row, field), (e.File, e.FeatureIndex, e.Property));
            Assert.Contains(message, e.Message, StringComparison.Ordinal);
            Assert.Equal(before, await SnapshotAsync(store, options));
        }
    }

    public static async Task BadRowsAmongGoodOnesAreAllListedInGeoJson(DatabaseOptions options)
    {
        var (store, a, _, _) = await SetUpAsync(options);
        var before = await SnapshotAsync(store, options);
        var geojson = """
            {"type":"FeatureCollection","features":[
            {"type":"Feature","geometry":{"type":"Point","coordinates":[7.45,51.51]},"properties":{"liegenschaft_id":"A","meilenstein":"planung","ist":"2025-01-01","status":"erledigt"}},
            {"type":"Feature","geometry":{"type":"Point","coordinates":[7.45,51.51]},"properties":{"liegenschaft_id":"NIRGENDS","meilenstein":"planung","status":"offen"}},
            {"type":"Feature","geometry":{"type":"LineString","coordinates":[[7.45,51.51],[7.46,51.51]]},"properties":{"trasse_id":"edge-999999","meter_gebaut":-1,"stand":"2026-01-01"}}
            ]}
            """.Replace("\"A\"", $"\"{a}\"", StringComparison.Ordinal);

        var error = await Assert.ThrowsAsync<InputException>(() => ImportAsync(store, "gemischt.geojson", geojson));

        Assert.Equal(
            [(1, "liegenschaft_id"), (2, "meter_gebaut")],
            error.Errors.Select(e => (e.FeatureIndex!.Value, e.Property!)).ToArray());
        Assert.All(error.Errors, e => Assert.Equal("gemischt.geojson", e.File));
        Assert.Equal(before, await SnapshotAsync(store, options));
    }

    private static async Task<(ProgressStore Store, string A, string B, string Trench)> SetUpAsync(DatabaseOptions options)
    {
        var (db, outcome, version) = await SmallPlan.StoredAsync(options);
        var sites = outcome.Plan.Sites.Select(s => s.Site.Id.Value).Order(StringComparer.Ordinal).ToArray();
        var trench = (await new PlanStore(db).TrenchesAsync(version))[0].Id;
        return (new ProgressStore(db, Today), sites[0], sites[1], trench);
    }

    private static Task<ProgressImportResult> ImportAsync(ProgressStore store, string file, string content)
    {
        var stream = new MemoryStream(Encoding.UTF8.GetBytes(content));
        return store.ImportAsync(file, stream, "test");
    }

    /// <summary>Everything an import may write, as one comparable string.</summary>
    private static async Task<string> SnapshotAsync(ProgressStore store, DatabaseOptions options)
    {
        var db = await InfraDatabase.OpenAsync(options);
        await using var context = db.CreateContext();
        var reports = await context.ProgressReports.CountAsync();
        return string.Join("\n", (await store.MilestonesAsync(null)).Select(m => m.ToString()))
            + "\n" + string.Join("\n", (await store.TrenchProgressAsync()).Select(t => t.ToString()))
            + $"\nreports: {reports}";
    }
}
