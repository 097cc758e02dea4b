using Infra.Jobs.Persistence;

namespace Infra.Jobs;

/// <summary>Brings the app schema (with 003's job tables) up to date once per process, before the first job or query.</summary>
internal sealed class JobsSchema(JobsDatabase database)
{
    private readonly Lazy<Task> prepared = new(() => database.PrepareAsync(CancellationToken.None));

    public Task EnsureAsync(CancellationToken ct) => prepared.Value.WaitAsync(ct);
}
