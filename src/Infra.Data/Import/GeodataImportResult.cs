using Infra.Core.Inputs;

namespace Infra.Data.Import;

/// <summary>
/// What a geodata import did: counts per layer, the warnings (property, column and plausibility warnings, also
/// stored in the import log when the import changed anything), and how many sites got their district from a
/// district boundary and how many lie in none.
/// </summary>
public sealed record GeodataImportResult(
    IReadOnlyList<LayerImportResult> Layers, IReadOnlyList<InputError> Warnings, int DistrictsAssigned, int SitesWithoutDistrict);
