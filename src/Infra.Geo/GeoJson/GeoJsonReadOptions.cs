namespace Infra.Geo.GeoJson;

/// <summary>Options of <see cref="GeoJsonReader"/>.</summary>
public sealed record GeoJsonReadOptions
{
    /// <summary>256 MiB.</summary>
    public const long DefaultMaxBytes = 256L * 1024 * 1024;

    /// <summary>
    /// The CRS of the coordinates, as given on the command line (<c>--crs</c>): 4326 or 25832. Overrides the file's
    /// legacy <c>crs</c> member; null to use that member or, without one, WGS84 as RFC 7946 says.
    /// </summary>
    public int? DeclaredSrid { get; init; }

    /// <summary>Largest file accepted, in bytes; checked before the file is read.</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;
}
