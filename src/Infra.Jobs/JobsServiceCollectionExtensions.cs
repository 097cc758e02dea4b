using Hangfire;
using Infra.Data.Jobs;
using Infra.Jobs.Execution;
using Infra.Jobs.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Infra.Jobs;

/// <summary>
/// Registers the background jobs: Hangfire storage in the app database, the job classes and <see cref="IJobService"/>.
/// Hangfire's static configuration is not used: each container has its own storage, so several hosts in one process
/// (tests) work on different databases.
/// </summary>
public static class JobsServiceCollectionExtensions
{
    /// <summary>The Hangfire server as a hosted service (runs queued jobs and the recurring schedules) plus <see cref="IJobService"/>.</summary>
    public static IServiceCollection AddInfraJobs(this IServiceCollection services, JobsOptions options)
    {
        Add(services, options);
        services.AddHostedService<JobServerHost>();
        return services;
    }

    /// <summary>
    /// The same storage and <see cref="IJobService"/>, but no server: queues runs for a worker and reads the history without
    /// running anything in this process (the CLI's <c>infra jobs …</c>, a web instance without jobs).
    /// </summary>
    public static IServiceCollection AddInfraJobsClient(this IServiceCollection services, JobsOptions options) => Add(services, options);

    private static IServiceCollection Add(IServiceCollection services, JobsOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();
        services.AddSingleton(options);
        services.AddSingleton<JobRuntime>();
        // Hangfire's storage (and through it the dashboard's data) for whoever needs it, e.g. the web host's dashboard.
        services.AddSingleton(_ => JobStorageFactory.Create(options.Database));
        services.AddSingleton<IBackgroundJobClient>(sp => new BackgroundJobClient(sp.GetRequiredService<JobStorage>()));
        services.AddSingleton<IJobService, JobService>();
        foreach (var kind in Enum.GetValues<JobKind>())
        {
            services.AddTransient(JobCatalog.TypeOf(kind));
        }

        return services;
    }
}
