using System.Collections.Concurrent;
using Infra.Data;
using Infra.Data.Jobs;
using Microsoft.Extensions.Logging;

namespace Infra.Jobs.Execution;

/// <summary>What every job needs besides its own stores: options, the app database, clock, loggers and this process's running runs.</summary>
internal sealed class JobRuntime(JobsOptions options, TimeProvider time, ILoggerFactory loggers)
{
    private readonly Lock gate = new();
    private Task<InfraDatabase>? opening;

    public JobsOptions Options { get; } = options;

    public TimeProvider Time { get; } = time;

    public ILoggerFactory Loggers { get; } = loggers;

    /// <summary>Runs executing in this process right now (their leases are renewed here, so no watchdog hands them on).</summary>
    public ConcurrentDictionary<string, bool> Active { get; } = new(StringComparer.Ordinal);

    /// <summary>Today in the city's calendar (dates of milestones and plans are local dates).</summary>
    public DateOnly Today => DateOnly.FromDateTime(Time.GetLocalNow().DateTime);

    /// <summary>The app database; the first call brings its schema up to date (again after a failed attempt).</summary>
    public Task<InfraDatabase> AppDatabaseAsync(CancellationToken ct)
    {
        lock (gate)
        {
            if (opening is null || opening.IsFaulted || opening.IsCanceled)
            {
                opening = InfraDatabase.OpenAsync(Options.Database, CancellationToken.None);
            }

            return opening.WaitAsync(ct);
        }
    }

    public async Task<JobRunStore> RunsAsync(CancellationToken ct) => new(await AppDatabaseAsync(ct).ConfigureAwait(false));
}
