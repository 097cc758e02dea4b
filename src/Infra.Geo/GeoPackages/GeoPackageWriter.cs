using System.Globalization;
using Infra.Core.Network;
using Infra.Geo.GeoJson;
using Infra.Geo.Layers;
using Infra.Geo.Tabular;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;

namespace Infra.Geo.GeoPackages;

/// <summary>
/// Writes layers into a new GeoPackage (OGC 12-128r18, version 1.3): one feature table per layer (<c>sites</c>,
/// <c>routes</c>, <c>access_points</c>, …) with an <c>id</c> column and the documented properties as typed columns,
/// geometry blobs by NetTopologySuite.IO.GeoPackage, in EPSG:4326 (8 decimals) or EPSG:25832 (cm). QGIS opens it
/// directly; <see cref="GeoPackageReader"/> reads it back exactly.
/// </summary>
public static class GeoPackageWriter
{
    /// <summary>Writes (replaces) <paramref name="path"/>; <paramref name="lastChange"/> is recorded in <c>gpkg_contents</c>.</summary>
    public static void Write(string path, IEnumerable<(LayerSchema Schema, IReadOnlyList<object> Items)> layers, int srid, DateTimeOffset lastChange)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(layers);
        TargetGeometry.CheckSrid(srid);
        File.Delete(path);
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var transaction = connection.BeginTransaction();
        Execute(connection, GeoPackageSchema.CoreSql);
        foreach (var (id, name, organization, definition) in GeoPackageSchema.SpatialReferenceSystems(srid))
        {
            Execute(connection, "INSERT INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, organization_coordsys_id, definition) VALUES ($n, $id, $o, $id, $d)",
                ("$n", name), ("$id", id), ("$o", organization), ("$d", definition));
        }

        var writer = new NetTopologySuite.IO.GeoPackageGeoWriter();
        foreach (var (schema, items) in layers)
        {
            WriteTable(connection, writer, schema, items, srid, lastChange);
        }

        transaction.Commit();
    }

    private static void WriteTable(SqliteConnection connection, NetTopologySuite.IO.GeoPackageGeoWriter writer, LayerSchema schema,
        IReadOnlyList<object> items, int srid, DateTimeOffset lastChange)
    {
        var table = GeoPackageSchema.TableName(schema);
        var columns = string.Concat(schema.Properties.Select(p => $", \"{p.Name}\" {GeoPackageSchema.ColumnType(p.Type)}"));
        Execute(connection, $"CREATE TABLE \"{table}\" (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom {GeoPackageSchema.GeometryTypeName(schema)}, id TEXT NOT NULL UNIQUE{columns})");
        var extent = new Envelope();
        var names = string.Concat(schema.Properties.Select(p => $", \"{p.Name}\""));
        var values = string.Concat(schema.Properties.Select((_, i) => $", $p{i}"));
        using var insert = connection.CreateCommand();
        insert.CommandText = $"INSERT INTO \"{table}\" (geom, id{names}) VALUES ($geom, $id{values})";
        foreach (var item in items)
        {
            var feature = LayerFiles.Feature(item);
            var geometry = TargetGeometry.Of(feature.Geometry, srid, feature.Id);
            extent.ExpandToInclude(geometry.EnvelopeInternal);
            insert.Parameters.Clear();
            insert.Parameters.AddWithValue("$geom", writer.Write(geometry));
            insert.Parameters.AddWithValue("$id", feature.Id);
            var byName = feature.Properties.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
            for (var i = 0; i < schema.Properties.Count; i++)
            {
                var property = schema.Properties[i];
                insert.Parameters.AddWithValue("$p" + i.ToString(CultureInfo.InvariantCulture), TabularFeatures.Cell(property, byName.GetValueOrDefault(property.Name)) ?? DBNull.Value);
            }

            insert.ExecuteNonQuery();
        }

        Execute(connection,
            "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change, min_x, min_y, max_x, max_y, srs_id) " +
            "VALUES ($t, 'features', $t, $d, $c, $x0, $y0, $x1, $y1, $srs)",
            ("$t", table), ("$d", "Infra: " + schema.Name), ("$c", lastChange.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)),
            ("$x0", extent.IsNull ? DBNull.Value : extent.MinX), ("$y0", extent.IsNull ? DBNull.Value : extent.MinY),
            ("$x1", extent.IsNull ? DBNull.Value : extent.MaxX), ("$y1", extent.IsNull ? DBNull.Value : extent.MaxY), ("$srs", srid));
        Execute(connection, "INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m) VALUES ($t, 'geom', $g, $srs, 0, 0)",
            ("$t", table), ("$g", GeoPackageSchema.GeometryTypeName(schema)), ("$srs", srid));
    }

    private static void Execute(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }
}
