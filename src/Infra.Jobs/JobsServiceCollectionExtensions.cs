using Infra.Data;
using Infra.Jobs.Execution;
using Infra.Jobs.Jobs;
using Infra.Jobs.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace Infra.Jobs;

/// <summary>Registers the background jobs: Quartz on the app database, the job classes, <see cref="IJobService"/> and <see cref="IRiskStore"/>.</summary>
public static class JobsServiceCollectionExtensions
{
    /// <summary>The Quartz scheduler name; every node of a cluster uses it (it keys the rows of the qrtz_* tables).</summary>
    public const string SchedulerName = "infra";

    /// <summary>Quartz hosted service (started with the host, runs jobs and the two schedules) plus <see cref="IJobService"/>.</summary>
    public static IServiceCollection AddInfraJobs(this IServiceCollection services, JobsOptions options) => Add(services, options, runJobs: true);

    /// <summary>
    /// The same store and <see cref="IJobService"/>, but the scheduler is never started: queues runs for a worker and reads
    /// the history without firing anything in this process (the CLI's <c>infra jobs …</c>).
    /// </summary>
    public static IServiceCollection AddInfraJobsClient(this IServiceCollection services, JobsOptions options) => Add(services, options, runJobs: false);

    private static IServiceCollection Add(IServiceCollection services, JobsOptions options, bool runJobs)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Clustered && options.Database.Provider != DatabaseProvider.Postgres)
        {
            throw new ArgumentException("Clusterbetrieb braucht PostgreSQL; SQLite läuft mit einer einzigen Instanz", nameof(options));
        }

        var database = new JobsDatabase(options.Database);
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();
        services.AddSingleton(options);
        services.AddSingleton(database);
        services.AddSingleton<JobsSchema>();
        services.AddSingleton<JobRunStore>();
        services.AddSingleton<RiskStore>();
        services.AddSingleton<IRiskStore>(sp => sp.GetRequiredService<RiskStore>());
        services.AddSingleton<JobRuntime>();
        services.AddSingleton<IJobService, JobService>();
        foreach (var kind in Enum.GetValues<JobKind>())
        {
            services.AddTransient(JobCatalog.TypeOf(kind));
        }

        // Before Quartz's hosted service: the job tables must exist when the first (recovered) job fires.
        services.AddHostedService<JobsStartup>();
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(s =>
            {
                s.InstanceName = SchedulerName;
                if (string.Equals(options.InstanceId, "AUTO", StringComparison.OrdinalIgnoreCase))
                {
                    s.GenerateInstanceId = true;
                }
                else
                {
                    s.InstanceId = options.InstanceId;
                }

                // A stopping worker asks running jobs to stop and waits; they hand their firing back for recovery.
                s.ShutdownJobInterruption = ShutdownJobInterruption.WhenWaitingForJobs;
            });
            // Solves are CPU-bound: a few at a time per node.
            q.UseDefaultThreadPool(3);
            q.UsePersistentStore(store =>
            {
                store.ProvisionSchema();
                store.UseSystemTextJsonSerializer();
                if (database.IsSqlite)
                {
                    store.UseSqlite(database.ConnectionString);
                }
                else
                {
                    store.UsePostgres(database.ConnectionString);
                }

                if (options.Clustered)
                {
                    store.UseClustering(c =>
                    {
                        c.CheckinInterval = TimeSpan.FromSeconds(5);
                        c.CheckinMisfireThreshold = TimeSpan.FromSeconds(15);
                    });
                }

                store.ConfigureStore(s => s.RecoverFiringsCancelledByShutdown = true);
            });
            if (runJobs)
            {
                q.ScheduleJob<KpiSnapshotJob>(
                    t => t.WithIdentity(JobCatalog.KpiSchedule.Name, JobCatalog.SchedulesGroup).WithCronSchedule(options.KpiCron),
                    j => j.WithIdentity(JobCatalog.KpiSchedule).StoreDurably().RequestRecovery());
                q.ScheduleJob<ProgressImportJob>(
                    t => t.WithIdentity(JobCatalog.ImportPollSchedule.Name, JobCatalog.SchedulesGroup).WithCronSchedule(options.ProgressPollCron),
                    j => j.WithIdentity(JobCatalog.ImportPollSchedule).StoreDurably().RequestRecovery());
            }
        });
        services.AddQuartzHostedService(h =>
        {
            h.WaitForJobsToComplete = true;
            h.AutoStart = runJobs;
        });
        return services;
    }

    /// <summary>Runs the schema scripts before Quartz starts.</summary>
    private sealed class JobsStartup(JobsSchema schema) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => schema.EnsureAsync(cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
