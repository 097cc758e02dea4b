namespace Infra.Data.Import;

/// <summary>A layer whose inserts and updates are written; its removals wait until every layer of the import is written.</summary>
internal sealed record StagedLayer(LayerImportResult Result, IReadOnlyList<object> ToRemove);
