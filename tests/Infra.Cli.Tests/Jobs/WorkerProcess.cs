using System.Diagnostics;
using System.Text;

using Infra.Jobs.Tests.Support;

namespace Infra.Cli.Tests.Jobs;

/// <summary><c>infra worker</c> as a child process (infra.dll is copied next to the tests), killed with SIGKILL on demand.</summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private WorkerProcess(Process process)
    {
        this.process = process;
    }

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public static WorkerProcess Start(TestDatabase db, params string[] extra)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = db.Folder,
        };
        // The recurring schedules stay quiet unless a test sets one.
        var quiet = new[] { "--kpi-cron", "--risk-cron", "--poll-cron" }.Where(o => !extra.Contains(o)).SelectMany(o => new[] { o, TestDatabase.Never });
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "infra.dll"), "worker", "--db", db.DbArgument, "--scenarios", db.Scenarios, "--drop", db.Drop }
            .Concat(quiet).Concat(extra))
        {
            start.ArgumentList.Add(arg);
        }

        var worker = new WorkerProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"));
        worker.process.OutputDataReceived += (_, e) => worker.Append(e.Data);
        worker.process.ErrorDataReceived += (_, e) => worker.Append(e.Data);
        worker.process.BeginOutputReadLine();
        worker.process.BeginErrorReadLine();
        return worker;
    }

    /// <summary>Waits until the worker says its scheduler runs.</summary>
    public async Task StartedAsync(TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!Output.Contains("Worker läuft", StringComparison.Ordinal))
        {
            if (process.HasExited || clock.Elapsed > timeout)
            {
                throw new InvalidOperationException("worker did not start:\n" + Output);
            }

            await Task.Delay(100);
        }
    }

    /// <summary>SIGKILL: no shutdown hook, no finally block runs in the child.</summary>
    public void KillHard()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    /// <summary>SIGTERM, as systemd or docker stop send it: the worker shuts down gracefully.</summary>
    public async Task TerminateAsync(TimeSpan timeout)
    {
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var cts = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cts.Token);
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            KillHard();
        }

        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
