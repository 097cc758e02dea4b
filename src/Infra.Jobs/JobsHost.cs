using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Infra.Jobs;

/// <summary>A generic host running the Hangfire server on the app database: the <c>infra worker</c> process and the tests' nodes.</summary>
public static class JobsHost
{
    public static IHost Build(JobsOptions options, TimeProvider? time = null, Action<ILoggingBuilder>? logging = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        // No defaults: the worker is configured by its command line, not by appsettings files lying around.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        if (time is not null)
        {
            builder.Services.AddSingleton(time);
        }

        builder.Services.AddLogging(l => logging?.Invoke(l));
        builder.Services.Configure<HostOptions>(h => h.ShutdownTimeout = TimeSpan.FromSeconds(30));
        builder.Services.AddInfraJobs(options);
        return builder.Build();
    }
}
