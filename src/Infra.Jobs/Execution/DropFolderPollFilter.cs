using Hangfire.Client;
using Infra.Jobs.Jobs;

namespace Infra.Jobs.Execution;

/// <summary>
/// Keeps the recurring drop-folder poll from creating a Hangfire job while no report waits: an idle poll every minute
/// would otherwise fill Hangfire's succeeded list (the run history gets no row either, see <see cref="InfraJob"/>).
/// </summary>
internal sealed class DropFolderPollFilter(string dropFolder) : IClientFilter
{
    public void OnCreating(CreatingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Job.Type == typeof(ProgressImportJob) && context.Job.Method.Name == nameof(InfraJob.ScheduledAsync)
            && !ProgressImportJob.HasWaitingReports(dropFolder))
        {
            context.Canceled = true;
        }
    }

    public void OnCreated(CreatedContext context)
    {
    }
}
