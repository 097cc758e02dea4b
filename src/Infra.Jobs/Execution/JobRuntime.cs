using Infra.Data;
using Infra.Jobs.Persistence;
using Microsoft.Extensions.Logging;

namespace Infra.Jobs.Execution;

/// <summary>What every job needs besides its own stores: options, clock, history and a logger factory.</summary>
internal sealed class JobRuntime(JobsOptions options, JobsDatabase database, JobRunStore runs, TimeProvider time, ILoggerFactory loggers)
{
    private InfraDatabase? opened;

    public JobsOptions Options { get; } = options;

    public JobsDatabase Database { get; } = database;

    public JobRunStore Runs { get; } = runs;

    public TimeProvider Time { get; } = time;

    public ILoggerFactory Loggers { get; } = loggers;

    /// <summary>Today in the city's calendar (dates of milestones and plans are local dates).</summary>
    public DateOnly Today => DateOnly.FromDateTime(Time.GetLocalNow().DateTime);

    /// <summary>The app database; opening runs the schema scripts once per process.</summary>
    public async Task<InfraDatabase> AppDatabaseAsync(CancellationToken ct) =>
        opened ??= await InfraDatabase.OpenAsync(Options.Database, ct).ConfigureAwait(false);
}
