namespace Infra.Data.Progress;

/// <summary>
/// What one progress report import did. <c>Rows</c> counts milestone and trench rows; a report imported before (same
/// SHA-256) changes nothing and reports <c>AlreadyImported</c> with every row unchanged.
/// </summary>
public sealed record ProgressImportResult(string FileName, string Sha256, int Rows, int New, int Changed, int Unchanged, bool AlreadyImported);
