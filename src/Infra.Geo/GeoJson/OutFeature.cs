using NetTopologySuite.Features;
using NetTopologySuite.Geometries;

namespace Infra.Geo.GeoJson;

/// <summary>A feature handed to GeoJSON4STJ for writing: its id (written as the <c>id</c> member), geometry and ordered properties.</summary>
internal sealed class OutFeature(string id, Geometry geometry, IAttributesTable attributes) : IFeature, IUnique
{
    public object Id => id;

    public Geometry Geometry { get; set; } = geometry;

    public Envelope? BoundingBox { get; set; }

    public IAttributesTable Attributes { get; set; } = attributes;
}
