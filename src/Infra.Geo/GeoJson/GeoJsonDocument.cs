namespace Infra.Geo.GeoJson;

/// <summary>A FeatureCollection read by <see cref="GeoJsonReader"/>; every geometry is already in EPSG:25832.</summary>
public sealed class GeoJsonDocument
{
    internal GeoJsonDocument(string file, int sourceSrid, IReadOnlyList<GeoJsonFeature> features)
    {
        File = file;
        SourceSrid = sourceSrid;
        Features = features;
    }

    /// <summary>The file name used in error messages.</summary>
    public string File { get; }

    /// <summary>The CRS the file's coordinates were in: 4326 or 25832.</summary>
    public int SourceSrid { get; }

    /// <summary>The features in file order.</summary>
    public IReadOnlyList<GeoJsonFeature> Features { get; }
}
