using Infra.Core.Network;
using Infra.Geo.Layers;
using Infra.Geo.Tabular;

namespace Infra.Geo.GeoPackages;

/// <summary>The GeoPackage tables Infra writes and reads: the required metadata tables and the names and types of the feature tables.</summary>
internal static class GeoPackageSchema
{
    public const string CoreSql = """
        PRAGMA application_id = 1196444487;
        PRAGMA user_version = 10300;
        CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY, organization TEXT NOT NULL,
            organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
        CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
            description TEXT DEFAULT '', last_change DATETIME NOT NULL, min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,
            srs_id INTEGER REFERENCES gpkg_spatial_ref_sys (srs_id));
        CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL REFERENCES gpkg_contents (table_name), column_name TEXT NOT NULL,
            geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL REFERENCES gpkg_spatial_ref_sys (srs_id), z TINYINT NOT NULL,
            m TINYINT NOT NULL, PRIMARY KEY (table_name, column_name));
        """;

    /// <summary>The rows of <c>gpkg_spatial_ref_sys</c>: the two undefined systems the standard requires and <paramref name="srid"/>.</summary>
    public static IEnumerable<(int Id, string Name, string Organization, string Definition)> SpatialReferenceSystems(int srid) =>
    [
        (-1, "Undefined cartesian SRS", "NONE", "undefined"),
        (0, "Undefined geographic SRS", "NONE", "undefined"),
        (srid, srid == Srid.Etrs89Utm32 ? "ETRS89 / UTM zone 32N" : "WGS 84 geodetic", "EPSG", FileCrs.OgcWkt(srid)),
    ];

    /// <summary><c>sites</c>, <c>routes</c>, <c>access_points</c>, …: the layer name as an SQL-friendly table name.</summary>
    public static string TableName(LayerSchema schema) => schema.Name.Replace('-', '_');

    public static string GeometryTypeName(LayerSchema schema) => schema.Geometry switch
    {
        GeometryFamily.Point => "POINT",
        GeometryFamily.Line => "LINESTRING",
        _ when schema == LayerSchema.Districts => "GEOMETRY",
        _ => "POLYGON",
    };

    public static string ColumnType(PropertyType type) => type switch
    {
        PropertyType.WholeNumber => "INTEGER",
        PropertyType.Number => "DOUBLE",
        PropertyType.Boolean => "BOOLEAN",
        _ => "TEXT",
    };
}
