using System.Globalization;
using Infra.Core.Inputs;
using Infra.Core.Network;
using Infra.Geo.GeoJson;
using Infra.Geo.Layers;
using Infra.Geo.Tabular;
using Microsoft.Data.Sqlite;

namespace Infra.Geo.GeoPackages;

/// <summary>
/// Reads the feature tables of a GeoPackage, each as one layer (given, or recognised from its content), with the same
/// checks and messages as GeoJSON; a feature is named <c>file.gpkg:table</c> and its row (0-based, in <c>fid</c> order).
/// The CRS is the table's spatial reference system (EPSG:4326 or EPSG:25832; <c>--crs</c> overrides it).
/// </summary>
public static class GeoPackageReader
{
    /// <exception cref="InputException">Not a GeoPackage, an unsupported CRS, or broken features; every problem listed.</exception>
    public static IReadOnlyList<LayerContent> Read(string path, LayerSchema? schema, GeoJsonReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        var length = new FileInfo(path).Length;
        if (length > options.MaxBytes)
        {
            throw new InputException(new InputError(path, null, null, null, string.Create(CultureInfo.InvariantCulture,
                $"the file is {length} bytes, larger than the limit of {options.MaxBytes} bytes; split it or raise the limit")));
        }

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        List<(string Table, string Column, int SrsId)> tables;
        try
        {
            connection.Open();
            tables = Query(connection,
                "SELECT c.table_name, g.column_name, g.srs_id FROM gpkg_contents c JOIN gpkg_geometry_columns g ON g.table_name = c.table_name " +
                "WHERE c.data_type = 'features' ORDER BY c.table_name",
                r => (r.GetString(0), r.GetString(1), r.GetInt32(2)));
        }
        catch (SqliteException e)
        {
            throw new InputException(new InputError(path, null, null, null, $"not a GeoPackage (no feature tables could be listed: {e.Message})"));
        }

        var contents = new List<LayerContent>();
        var errors = new List<InputError>();
        foreach (var (table, column, srsId) in tables)
        {
            try
            {
                if (ReadTable(connection, path, table, column, srsId, schema, options) is { } content)
                {
                    contents.Add(content);
                }
            }
            catch (InputException e)
            {
                errors.AddRange(e.Errors);
            }
        }

        return errors.Count > 0 ? throw new InputException(errors) : contents;
    }

    private static LayerContent? ReadTable(
        SqliteConnection connection, string path, string table, string geometryColumn, int srsId, LayerSchema? schema, GeoJsonReadOptions options)
    {
        var source = $"{path}:{table}";
        var srid = options.DeclaredSrid ?? Crs(connection, source, srsId);
        var booleans = Query(connection, $"PRAGMA table_info(\"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\")", r => (Name: r.GetString(1), Type: r.GetString(2)))
            .Where(c => c.Type.Equals("BOOLEAN", StringComparison.OrdinalIgnoreCase)).Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var geometry = new SourceGeometry(srid, "the GeoPackage declares degrees (WGS84); check the layer's CRS in QGIS or pass --crs 25832");
        var reader = new NetTopologySuite.IO.GeoPackageGeoReader();
        var features = new List<RawFeature>();
        var errors = new List<InputError>();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\" ORDER BY rowid";
        using var rows = command.ExecuteReader();
        var index = 0;
        while (rows.Read())
        {
            var attributes = new List<KeyValuePair<string, object?>>();
            NetTopologySuite.Geometries.Geometry? planning = null;
            (string, string)? problem = ("geometry", "geometry is null; every feature needs a geometry");
            for (var i = 0; i < rows.FieldCount; i++)
            {
                var name = rows.GetName(i);
                var value = rows.IsDBNull(i) ? null : rows.GetValue(i);
                if (name == geometryColumn)
                {
                    if (value is byte[] blob)
                    {
                        planning = geometry.ToPlanning(reader.Read(blob));
                        problem = geometry.Problem;
                    }
                }
                else if (!name.Equals("fid", StringComparison.OrdinalIgnoreCase))
                {
                    attributes.Add(new(name, booleans.Contains(name) && value is long flag ? flag != 0 : value));
                }
            }

            var feature = TabularFeatures.Create(source, index++, attributes, planning);
            if (problem is { } p)
            {
                errors.Add(feature.Typed.Error(p.Item1, p.Item2));
            }

            features.Add(feature);
        }

        return LayerReader.Map(new RawDocument(source, srid, features), errors, schema);
    }

    private static int Crs(SqliteConnection connection, string source, int srsId)
    {
        var rows = Query(connection, $"SELECT organization, organization_coordsys_id, definition FROM gpkg_spatial_ref_sys WHERE srs_id = {srsId.ToString(CultureInfo.InvariantCulture)}",
            r => (Organization: r.GetString(0), Code: r.GetInt32(1), Definition: r.GetString(2)));
        if (rows.Count == 1 && rows[0].Organization.Equals("EPSG", StringComparison.OrdinalIgnoreCase) && rows[0].Code is Srid.Wgs84 or Srid.Etrs89Utm32)
        {
            return rows[0].Code;
        }

        return rows.Count == 1 && FileCrs.FromWkt(rows[0].Definition) is { } srid
            ? srid
            : throw new InputException(new InputError(source, null, null, "crs", rows.Count == 1
                ? $"unsupported CRS {rows[0].Organization}:{rows[0].Code} ({FileCrs.Describe(rows[0].Definition)}): use EPSG:4326 or EPSG:25832, or reproject the layer (QGIS: Export, CRS EPSG:25832)"
                : $"spatial reference system {srsId} is not defined in gpkg_spatial_ref_sys"));
    }

    private static List<T> Query<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> map)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var result = new List<T>();
        while (reader.Read())
        {
            result.Add(map(reader));
        }

        return result;
    }
}
