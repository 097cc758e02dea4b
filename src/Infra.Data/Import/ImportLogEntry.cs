namespace Infra.Data.Import;

/// <summary>One row of <c>import_log</c>: counts per layer and warnings as JSON, as written by <see cref="ImportLogStore"/>.</summary>
public sealed record ImportLogEntry(long Id, DateTimeOffset At, string Origin, string Files, string CountsJson, string WarningsJson);
