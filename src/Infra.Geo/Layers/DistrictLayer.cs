using Infra.Core.Inputs;
using Infra.Core.Network;
using Infra.Geo.GeoJson;

namespace Infra.Geo.Layers;

/// <summary>Maps the districts layer (Stadtbezirke, Polygon or MultiPolygon) to and from <see cref="District"/>; see docs/geojson-layers.md.</summary>
internal static class DistrictLayer
{
    public static District? Map(RawFeature feature, string id, List<InputError> errors)
    {
        var before = errors.Count;
        var p = feature.Typed;
        var boundary = LayerReader.AsArea(feature, errors);
        var name = p.GetString("name", errors, required: true);
        var synthetic = p.GetBoolean("synthetic", errors);
        return errors.Count > before || boundary is null
            ? null
            : new District { Id = new FeatureId(id), Name = name!.Trim(), Boundary = boundary, Synthetic = synthetic ?? false };
    }

    public static GeoJsonFeatureOut ToFeature(District district)
    {
        ArgumentNullException.ThrowIfNull(district);
        return new GeoJsonFeatureOut(district.Id.Value, district.Boundary,
        [
            new("name", district.Name),
            new("synthetic", district.Synthetic),
        ]);
    }
}
