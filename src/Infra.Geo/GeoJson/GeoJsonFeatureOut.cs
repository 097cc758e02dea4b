using NetTopologySuite.Geometries;

namespace Infra.Geo.GeoJson;

/// <summary>
/// A feature to write with <see cref="GeoJsonWriter"/>. <paramref name="Geometry"/> is in EPSG:25832; the
/// properties are written in the given order. Values may be string, bool, int, long, double, null or a sequence of
/// strings.
/// </summary>
public sealed record GeoJsonFeatureOut(string Id, Geometry Geometry, IReadOnlyList<KeyValuePair<string, object?>> Properties);
