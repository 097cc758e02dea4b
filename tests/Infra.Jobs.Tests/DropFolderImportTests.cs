using Infra.Data.Tests.Support;
using Infra.Core.Progress;
using Infra.Data;
using Infra.Data.Jobs;
using Infra.Data.Progress;
using Infra.Jobs.Tests.Support;

namespace Infra.Jobs.Tests;

/// <summary>The progress-import job takes reports from the drop folder and files them under done/ or failed/ with a report.</summary>
public sealed class DropFolderImportTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public Task Sqlite_good_reports_go_to_done_and_bad_ones_to_failed_with_row_errors() => Import(DatabaseProvider.Sqlite);

    [PostgresFact]
    public Task Postgres_good_reports_go_to_done_and_bad_ones_to_failed_with_row_errors() => Import(DatabaseProvider.Postgres);

    private static async Task Import(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await TinyCity.SeedAsync(db);
        Directory.CreateDirectory(db.Drop);
        await File.WriteAllTextAsync(Path.Combine(db.Drop, "gut.csv"), """
            liegenschaft_id,meilenstein,geplant,ist,status
            KITA-0001,planung,2025-03-31,2025-03-12,erledigt
            KITA-0001,genehmigung,2025-06-30,,in_arbeit
            """);
        await File.WriteAllTextAsync(Path.Combine(db.Drop, "schlecht.csv"), """
            liegenschaft_id,meilenstein,geplant,ist,status
            KITA-0002,planung,2025-03-31,2025-03-12,erledigt
            GIBT-ES-NICHT,planung,2025-03-31,2025-03-12,erledigt
            """);
        await File.WriteAllTextAsync(Path.Combine(db.Drop, "notiz.txt"), "keine Meldung");
        await using var node = await JobsNode.StartAsync(db.JobsOptions());

        var run = await JobWaits.FinishedAsync(node.Jobs, await node.Jobs.TriggerAsync(JobKind.ProgressImport, null, CancellationToken.None), Timeout);

        Assert.True(run.State == JobStates.Succeeded, run.Message);
        Assert.Contains("1 übernommen, 1 abgelehnt", run.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(db.Drop, "done", "gut.csv")));
        Assert.Contains("Zeilen: 2, neu: 2", await File.ReadAllTextAsync(Path.Combine(db.Drop, "done", "gut.csv.report.txt")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(db.Drop, "failed", "schlecht.csv")));
        var failure = await File.ReadAllTextAsync(Path.Combine(db.Drop, "failed", "schlecht.csv.report.txt"));
        Assert.Contains("abgelehnt – nichts übernommen", failure, StringComparison.Ordinal);
        Assert.Contains("GIBT-ES-NICHT", failure, StringComparison.Ordinal);
        Assert.Equal(["notiz.txt"], Directory.GetFiles(db.Drop).Select(Path.GetFileName));
        Assert.DoesNotContain(Directory.EnumerateFiles(db.Drop, "*", SearchOption.AllDirectories), f => f.Contains("processing", StringComparison.Ordinal));

        // All-or-nothing: the bad file's good row (KITA-0002) was not taken.
        var milestones = await new ProgressStore(await InfraDatabase.OpenAsync(db.Options)).MilestonesAsync(null, CancellationToken.None);
        Assert.Equal([("KITA-0001", Milestone.Planung), ("KITA-0001", Milestone.Genehmigung)], milestones.Select(m => (m.SiteId, m.Milestone)));

        // Nothing waiting: a second run says so and moves nothing.
        var again = await JobWaits.FinishedAsync(node.Jobs, await node.Jobs.TriggerAsync(JobKind.ProgressImport, null, CancellationToken.None), Timeout);
        Assert.Equal("keine neuen Meldungen im Ablageordner", again.Message);
    }
}
