using Infra.Core.Inputs;

namespace Infra.Geo.Layers;

/// <summary>
/// One layer read from a file (a GeoJSON file, a school CSV, a GeoPackage table, a Shapefile): its schema, the Core
/// records (<c>Site</c>, <c>LwlRoute</c>, …, <c>District</c>) in file order, and the warnings about its content.
/// </summary>
/// <param name="Schema">The layer.</param>
/// <param name="Source">The file, or for a GeoPackage <c>file.gpkg:table</c>; names the layer in messages.</param>
/// <param name="Items">The records, in file order.</param>
/// <param name="Warnings">Unknown and missing properties or columns; no errors (those are thrown).</param>
public sealed record LayerContent(LayerSchema Schema, string Source, IReadOnlyList<object> Items, IReadOnlyList<InputError> Warnings);
