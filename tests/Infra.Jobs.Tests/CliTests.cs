using System.Diagnostics;
using System.Text.RegularExpressions;
using Infra.Data;
using Infra.Jobs.Tests.Support;

namespace Infra.Jobs.Tests;

/// <summary><c>infra jobs run|list|cancel</c> as a user types them (child process), queueing for a worker that is not running.</summary>
public sealed class CliTests
{
    [Fact]
    public async Task Jobs_commands_queue_list_and_cancel_in_german()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var (code, empty) = await InfraAsync(db, "jobs", "list");
        Assert.Equal(0, code);
        Assert.Contains("Noch keine Hintergrundaufträge", empty, StringComparison.Ordinal);

        (code, var queued) = await InfraAsync(db, "jobs", "run", "kpi");
        Assert.Equal(0, code);
        var runId = queued.Split(' ')[1];
        Assert.Contains($"Auftrag {runId} eingereiht", queued, StringComparison.Ordinal);

        (code, var bad) = await InfraAsync(db, "jobs", "run", "replan", "x", "2026-01-01");
        Assert.Equal(2, code);
        Assert.Contains("Planversion 'x' ist keine positive Zahl", bad, StringComparison.Ordinal);

        (code, var cancelled) = await InfraAsync(db, "jobs", "cancel", runId);
        Assert.Equal(0, code);
        Assert.Contains($"Abbruch von {runId} angefordert", cancelled, StringComparison.Ordinal);

        (code, var list) = await InfraAsync(db, "jobs", "list");
        Assert.Equal(0, code);
        Assert.Contains("Kennzahlen", list, StringComparison.Ordinal);
        Assert.Contains("abgebrochen", list, StringComparison.Ordinal);
        Assert.Equal(0L, await db.CountAsync("SELECT COUNT(*) FROM qrtz_job_details WHERE job_group = 'KpiSnapshot'"));
    }

    private static async Task<(int Code, string Output)> InfraAsync(TestDatabase db, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = db.Folder };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "infra.dll") }.Concat(args).Concat(["--db", db.DbArgument]))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        // Spectre writes bold as ANSI even into a pipe.
        return (process.ExitCode, Regex.Replace(await output + await error, @"\x1b\[[0-9;]*m", ""));
    }
}
