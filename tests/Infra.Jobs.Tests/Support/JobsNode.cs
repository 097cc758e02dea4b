using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Infra.Jobs.Tests.Support;

/// <summary>An in-process scheduler node (the same host <c>infra worker</c> runs), started on construction, stopped on dispose.</summary>
internal sealed class JobsNode : IAsyncDisposable
{
    private readonly IHost host;

    private JobsNode(IHost host)
    {
        this.host = host;
    }

    public IJobService Jobs => host.Services.GetRequiredService<IJobService>();

    /// <summary>Hangfire's storage in the test database, to look at what Hangfire itself holds.</summary>
    public Hangfire.JobStorage Storage => host.Services.GetRequiredService<Hangfire.JobStorage>();

    public static async Task<JobsNode> StartAsync(JobsOptions options)
    {
        var host = JobsHost.Build(options);
        await host.StartAsync();
        return new JobsNode(host);
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}
