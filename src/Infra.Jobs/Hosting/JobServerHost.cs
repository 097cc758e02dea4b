using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Common;
using Infra.Jobs.Execution;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Infra.Jobs.Hosting;

/// <summary>
/// The Hangfire server of this process, started and stopped with the host: brings the schema up to date, registers the
/// three recurring schedules, runs queued jobs on <see cref="JobsOptions.WorkerCount"/> workers and the
/// <see cref="LeaseWatchdog"/>. Stopping it (Strg+C, SIGTERM) cancels running jobs at once; they hand their runs back.
/// </summary>
internal sealed class JobServerHost(
    JobsOptions options, JobRuntime runtime, JobStorage storage, IBackgroundJobClient client, IServiceScopeFactory scopes, ILoggerFactory loggers)
    : IHostedService, IDisposable
{
    private readonly ILogger log = loggers.CreateLogger<JobServerHost>();
    private SqliteWorkerLock? workerLock;
    private BackgroundJobServer? server;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await runtime.AppDatabaseAsync(cancellationToken).ConfigureAwait(false);
        workerLock = SqliteWorkerLock.Acquire(options.Database);
        var schedules = new RecurringJobManager(storage);
        foreach (var (id, kind, cron) in JobCatalog.Schedules(options))
        {
            schedules.AddOrUpdate(id, JobCatalog.ScheduledJob(kind), cron, new RecurringJobOptions { TimeZone = TimeZoneInfo.Local });
        }

        var filters = new JobFilterCollection();
        filters.Add(new DropFolderPollFilter(Path.GetFullPath(options.DropFolder)));
        server = new BackgroundJobServer(
            new BackgroundJobServerOptions
            {
                ServerName = options.InstanceName,
                WorkerCount = options.WorkerCount,
                SchedulePollingInterval = options.SchedulePolling,
                HeartbeatInterval = TimeSpan.FromSeconds(10),
                ServerCheckInterval = TimeSpan.FromSeconds(30),
                ServerTimeout = TimeSpan.FromMinutes(1),
                // Running jobs are told to stop at once; they put their runs back to queued and Hangfire re-queues them.
                StopTimeout = TimeSpan.Zero,
                ShutdownTimeout = TimeSpan.FromSeconds(20),
                Activator = new AspNetCoreJobActivator(scopes),
                FilterProvider = new JobFilterProviderCollection(JobFilterProviders.Providers, filters),
            },
            storage,
            [new LeaseWatchdog(runtime, client)]);
        log.LogInformation("Hangfire-Server {Name} läuft auf {Database}", options.InstanceName, options.Database);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (server is null)
        {
            return;
        }

        server.SendStop();
        await server.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
    }

    public void Dispose()
    {
        server?.Dispose();
        workerLock?.Dispose();
    }
}
