using System.Globalization;
using System.Text;
using Infra.Core.Inputs;
using Infra.Data.Progress;
using Infra.Data.Jobs;
using Infra.Jobs.Execution;

namespace Infra.Jobs.Jobs;

/// <summary>
/// Imports the progress reports (<c>*.csv</c>, <c>*.geojson</c>) waiting in the drop folder. Each file is first moved
/// to <c>processing/&lt;run&gt;/</c>, which claims it (a rename is atomic, so two nodes never import one file), then
/// imported all-or-nothing and moved to <c>done/</c> or <c>failed/</c> with <c>&lt;file&gt;.report.txt</c> beside it.
/// A run killed half-way finds its claimed files again when it is handed on; a report already imported counts as
/// unchanged (imports are idempotent by content hash). A scheduled poll with nothing waiting leaves no run behind.
/// </summary>
internal sealed class ProgressImportJob(JobRuntime runtime) : InfraJob(runtime)
{
    private static readonly string[] Patterns = ["*.csv", "*.geojson"];

    protected override JobKind Kind => JobKind.ProgressImport;

    /// <summary>Whether a report waits in the drop folder (the claimed ones of a crashed run are found by that run).</summary>
    public static bool HasWaitingReports(string dropFolder) =>
        Directory.Exists(dropFolder) && Patterns.Any(p => Directory.EnumerateFiles(dropFolder, p).Any());

    /// <summary>
    /// A scheduled poll claims the waiting reports for its run before the run is recorded; with none it leaves no run.
    /// Claims of runs that were never recorded (a crash in between) go back to the drop folder first.
    /// </summary>
    protected override async Task<bool> PrepareScheduledRunAsync(JobRunStore runs, string runId, CancellationToken ct)
    {
        var drop = Path.GetFullPath(Runtime.Options.DropFolder);
        var processing = Path.Combine(drop, "processing");
        if (Directory.Exists(processing))
        {
            foreach (var folder in Directory.EnumerateDirectories(processing))
            {
                if (await runs.GetAsync(Path.GetFileName(folder), ct).ConfigureAwait(false) is null)
                {
                    Release(folder, drop);
                }
            }
        }

        return HasWaitingReports(drop) && Claim(drop, Path.Combine(processing, runId)).Count > 0;
    }

    protected override async Task<JobOutcome> RunAsync(JobRunContext run)
    {
        var ct = run.CancellationToken;
        var drop = Path.GetFullPath(Runtime.Options.DropFolder);
        Directory.CreateDirectory(drop);
        var claimed = Path.Combine(drop, "processing", run.RunId);
        var files = Claim(drop, claimed);
        if (files.Count == 0)
        {
            return new JobOutcome("keine neuen Meldungen im Ablageordner");
        }

        var db = await Runtime.AppDatabaseAsync(ct).ConfigureAwait(false);
        var store = new ProgressStore(db, Runtime.Time);
        int done = 0, failed = 0;
        try
        {
            for (var i = 0; i < files.Count; i++)
            {
                ct.ThrowIfCancellationRequested();
                var file = files[i];
                var name = Path.GetFileName(file);
                string report;
                string target;
                try
                {
                    ProgressImportResult result;
                    await using (var content = File.OpenRead(file))
                    {
                        result = await store.ImportAsync(name, content, "Ablageordner", ct).ConfigureAwait(false);
                    }

                    report = Report(name, result);
                    target = "done";
                    done++;
                }
                catch (InputException e)
                {
                    report = Report(name, e);
                    target = "failed";
                    failed++;
                }

                MoveWithReport(file, Path.Combine(drop, target), report);
                run.Progress.Report((i + 1) / (double)files.Count);
            }
        }
        finally
        {
            // Files not reached (cancel, shutdown, a database error) go back to the drop folder for the next run.
            Release(claimed, drop);
        }

        return new JobOutcome($"{files.Count} Meldung(en): {done} übernommen, {failed} abgelehnt");
    }

    /// <summary>This run's files: those claimed before a crash, then the waiting ones, oldest name first.</summary>
    private static List<string> Claim(string drop, string claimed)
    {
        var waiting = Patterns.SelectMany(p => Directory.EnumerateFiles(drop, p)).Order(StringComparer.Ordinal).ToList();
        if (waiting.Count > 0)
        {
            Directory.CreateDirectory(claimed);
        }

        foreach (var file in waiting)
        {
            try
            {
                File.Move(file, Path.Combine(claimed, Path.GetFileName(file)));
            }
            catch (IOException)
            {
                // Another node claimed it first (or it vanished): not ours.
            }
        }

        return Directory.Exists(claimed)
            ? Patterns.SelectMany(p => Directory.EnumerateFiles(claimed, p)).Order(StringComparer.Ordinal).ToList()
            : [];
    }

    private static void MoveWithReport(string file, string folder, string report)
    {
        Directory.CreateDirectory(folder);
        var name = Path.GetFileName(file);
        var target = Path.Combine(folder, name);
        for (var n = 2; File.Exists(target); n++)
        {
            target = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(name)}-{n}{Path.GetExtension(name)}");
        }

        // The report first: a crash between the two leaves the file claimed, and the re-run writes both again.
        File.WriteAllText(target + ".report.txt", report, Encoding.UTF8);
        File.Move(file, target);
    }

    private static string Report(string name, ProgressImportResult result)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Meldung: {name}");
        text.AppendLine(CultureInfo.InvariantCulture, $"SHA-256: {result.Sha256}");
        text.AppendLine(result.AlreadyImported ? "Ergebnis: bereits eingelesen – nichts geändert" : "Ergebnis: übernommen");
        text.AppendLine(CultureInfo.InvariantCulture, $"Zeilen: {result.Rows}, neu: {result.New}, geändert: {result.Changed}, unverändert: {result.Unchanged}");
        return text.ToString();
    }

    private static string Report(string name, InputException error)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Meldung: {name}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Ergebnis: abgelehnt – nichts übernommen ({error.Errors.Count} Fehler)");
        foreach (var e in error.Errors)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {e}");
        }

        return text.ToString();
    }

    private static void Release(string claimed, string drop)
    {
        if (!Directory.Exists(claimed))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(claimed))
        {
            try
            {
                File.Move(file, Path.Combine(drop, Path.GetFileName(file)));
            }
            catch (IOException)
            {
                // A newer report of the same name arrived meanwhile: this one stays claimed for a recovery run.
            }
        }

        TryDelete(claimed);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
            }
        }
        catch (IOException)
        {
            // An empty folder left behind is harmless.
        }
    }
}
