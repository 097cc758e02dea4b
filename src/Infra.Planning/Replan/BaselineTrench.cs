using NetTopologySuite.Geometries;

namespace Infra.Planning.Replan;

/// <summary>A trench of the plan being continued: id ("edge-&lt;index&gt;"), metres to dig and geometry (EPSG:25832).</summary>
public sealed record BaselineTrench(string TrenchId, double TrenchMetres, LineString Geometry);
