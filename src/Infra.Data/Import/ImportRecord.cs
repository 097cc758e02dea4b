using Infra.Core.Inputs;

namespace Infra.Data.Import;

/// <summary>
/// What an import stores beside its layers in <c>import_log</c>: when, from where (<c>cli</c>, <c>api</c>), which files
/// (each as <c>layer&lt;TAB&gt;file</c>), and the warnings that were printed. Written in the import's transaction, and only when the import
/// changed something, so that re-importing unchanged data leaves the database as it was.
/// </summary>
public sealed record ImportRecord(DateTimeOffset At, string Origin, IReadOnlyList<string> Files, IReadOnlyList<InputError> Warnings);
