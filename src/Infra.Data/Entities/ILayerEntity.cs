namespace Infra.Data.Entities;

/// <summary>A row of a geodata layer table: a text id and a geometry.</summary>
internal interface ILayerEntity
{
    string Id { get; }

    NetTopologySuite.Geometries.Geometry Geometry { get; }
}
