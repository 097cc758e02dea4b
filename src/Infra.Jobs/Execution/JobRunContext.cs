using System.Text.Json;

namespace Infra.Jobs.Execution;

/// <summary>One run as a job body sees it: its id, its parameters, progress reporting and the cancellation token.</summary>
internal sealed class JobRunContext(string runId, IReadOnlyDictionary<string, string> parameters, IProgress<double> progress, CancellationToken ct,
    IProgress<string>? message = null)
{
    public string RunId { get; } = runId;

    public IReadOnlyDictionary<string, string> Parameters { get; } = parameters;

    /// <summary>Share done, 0..1; written to <c>job_runs</c> with the heartbeat every half second.</summary>
    public IProgress<double> Progress { get; } = progress;

    public CancellationToken CancellationToken { get; } = ct;

    /// <summary>What the run is doing now, one German line; shown as the job's message until it ends.</summary>
    public IProgress<string>? Message { get; } = message;

    public string Required(string key) =>
        Parameters.TryGetValue(key, out var value) ? value : throw new InvalidOperationException($"Parameter '{key}' fehlt im Auftrag {RunId}");

    public static string Serialize(IReadOnlyDictionary<string, string> parameters) => JsonSerializer.Serialize(parameters);

    public static IReadOnlyDictionary<string, string> Deserialize(string? json) =>
        string.IsNullOrWhiteSpace(json) ? new Dictionary<string, string>() : JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];
}
