using Infra.Data;

namespace Infra.Web;

/// <summary>
/// What the host needs from its caller (CLI, tests, benchmark). Null values fall back to configuration
/// (appsettings.json, environment variables INFRA_DATABASE, INFRA_SCENARIOS, INFRA_DROP_FOLDER) and then to the defaults
/// of the repository layout (data/infra.db, scenarios/, data/drop/).
/// </summary>
public sealed record WebOptions
{
    /// <summary>The database; null: <c>INFRA_DATABASE</c> or data/infra.db.</summary>
    public DatabaseOptions? Database { get; init; }

    /// <summary>Folder of the demo credentials (credentials.json); null: the database file's folder (or data/).</summary>
    public string? DataFolder { get; init; }

    /// <summary>Folder of the scenario YAML files; null: <c>INFRA_SCENARIOS</c> or scenarios/.</summary>
    public string? ScenarioFolder { get; init; }

    /// <summary>Folder polled for progress reports; null: <c>INFRA_DROP_FOLDER</c> or data/drop/.</summary>
    public string? DropFolder { get; init; }

    /// <summary>Static files (the dashboard); null: wwwroot next to the program or src/Infra.Web/wwwroot.</summary>
    public string? WebRoot { get; init; }

    /// <summary>Listen addresses for Kestrel, e.g. http://127.0.0.1:5080; null: configuration (urls) or the ASP.NET default.</summary>
    public string? Urls { get; init; }

    /// <summary>Largest accepted upload in bytes; null: <c>Web:MaxUploadMegabytes</c> (default 64 MB).</summary>
    public long? MaxUploadBytes { get; init; }

    /// <summary>Run the Hangfire job server in this process (off for tests that do not run jobs).</summary>
    public bool EnableJobs { get; init; } = true;

    /// <summary>Time source of audit entries, tokens, KPIs; null: the system clock.</summary>
    public TimeProvider? Time { get; init; }

    /// <summary>Command-line arguments handed to the configuration (e.g. --Auth:AllowAnonymousRead=false).</summary>
    public IReadOnlyList<string> Args { get; init; } = [];
}
