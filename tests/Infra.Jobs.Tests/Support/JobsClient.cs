using Microsoft.Extensions.DependencyInjection;

namespace Infra.Jobs.Tests.Support;

/// <summary>An <see cref="IJobService"/> that only queues and reads (like the CLI); the workers run the jobs.</summary>
internal sealed class JobsClient : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    public JobsClient(JobsOptions options)
    {
        provider = new ServiceCollection().AddInfraJobsClient(options).BuildServiceProvider();
    }

    public IJobService Jobs => provider.GetRequiredService<IJobService>();

    public Hangfire.JobStorage Storage => provider.GetRequiredService<Hangfire.JobStorage>();

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}
