using System.Globalization;
using System.Text;
using Infra.Core.Inputs;
using Infra.Core.Network;
using Infra.Geo.GeoJson;
using Infra.Geo.Layers;
using Infra.Geo.Tabular;
using NetTopologySuite.IO.Esri;
using NetTopologySuite.IO.Esri.Dbf.Fields;
using NetTopologySuite.IO.Esri.Shapefiles.Readers;
using NetTopologySuite.IO.Esri.Shapefiles.Writers;

namespace Infra.Geo.Shapefiles;

/// <summary>
/// One layer as an Esri Shapefile (<c>.shp</c>, <c>.shx</c>, <c>.dbf</c> in UTF-8 with <c>.cpg</c>, <c>.prj</c>) through
/// NetTopologySuite.IO.Esri.Shapefile. dBASE field names have at most 10 characters: long property names use the short
/// names of docs/geojson-layers.md (<c>fibre_cnt</c>, <c>uplink_mbp</c>, …); both are read. The CRS comes from the
/// <c>.prj</c> (EPSG:4326 or EPSG:25832), or from <c>--crs</c> when there is none.
/// </summary>
public static class ShapefileLayer
{
    private static readonly string[] Extensions = [".shp", ".shx", ".dbf", ".prj", ".cpg"];

    /// <summary>Writes <paramref name="items"/> of <paramref name="schema"/> to <paramref name="path"/> (.shp) and its sidecar files.</summary>
    public static void Write(string path, LayerSchema schema, IReadOnlyList<object> items, int srid)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(items);
        TargetGeometry.CheckSrid(srid);
        var shapeType = schema.Geometry switch
        {
            GeometryFamily.Point => ShapeType.Point,
            GeometryFamily.Line => ShapeType.PolyLine,
            _ => ShapeType.Polygon,
        };
        var options = new ShapefileWriterOptions(shapeType) { Encoding = new UTF8Encoding(false), Projection = FileCrs.EsriWkt(srid) };
        var id = options.AddCharacterField("id", 254);
        var fields = schema.Properties.Select(p => (Property: p, Field: p.Type switch
        {
            PropertyType.WholeNumber => (DbfField)options.AddNumericInt64Field(p.FieldName),
            PropertyType.Number => options.AddNumericDoubleField(p.FieldName),
            PropertyType.Boolean => options.AddLogicalField(p.FieldName),
            _ => options.AddCharacterField(p.FieldName, 254),
        })).ToArray();
        using var writer = Shapefile.OpenWrite(path, options);
        foreach (var item in items)
        {
            var feature = LayerFiles.Feature(item);
            var values = feature.Properties.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
            writer.Geometry = TargetGeometry.Of(feature.Geometry, srid, feature.Id);
            id.Value = feature.Id;
            foreach (var (property, field) in fields)
            {
                field.Value = TabularFeatures.Cell(property, values.GetValueOrDefault(property.Name)) switch
                {
                    int i => (long)i,
                    var v => v,
                };
            }

            writer.Write();
        }
    }

    /// <summary>Reads a Shapefile as one layer (given, or recognised from its content), with the same checks and messages as GeoJSON.</summary>
    /// <exception cref="InputException">No .prj and no <c>--crs</c>, an unsupported CRS, an unreadable file, or broken features.</exception>
    public static LayerContent? Read(string path, LayerSchema? schema, GeoJsonReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        var prj = Path.ChangeExtension(path, ".prj");
        int srid;
        if (options.DeclaredSrid is { } declared)
        {
            srid = declared;
        }
        else if (File.Exists(prj))
        {
            var wkt = File.ReadAllText(prj);
            srid = FileCrs.FromWkt(wkt) ?? throw Problem(path, "crs",
                $"unsupported CRS in {Path.GetFileName(prj)} ({FileCrs.Describe(wkt)}): use EPSG:4326 or EPSG:25832, or reproject the layer (QGIS: Export, CRS EPSG:25832)");
        }
        else
        {
            throw Problem(path, "crs", $"{Path.GetFileName(prj)} is missing, so the CRS is unknown: add it or pass --crs 4326 or --crs 25832");
        }

        var geometry = new SourceGeometry(srid, "the .prj declares degrees (WGS84); check the layer's CRS or pass --crs 25832");
        var features = new List<RawFeature>();
        var errors = new List<InputError>();
        try
        {
            var cpg = Path.ChangeExtension(path, ".cpg");
            var encoding = File.Exists(cpg) ? null : Encoding.UTF8;
            foreach (var (feature, index) in Shapefile.ReadAllFeatures(path, new ShapefileReaderOptions { Encoding = encoding }).Select((f, i) => (f, i)))
            {
                var planning = feature.Geometry is null || feature.Geometry.IsEmpty ? null : geometry.ToPlanning(feature.Geometry);
                var problem = feature.Geometry is null || feature.Geometry.IsEmpty ? ("geometry", "the shape is empty (null shape)") : geometry.Problem;
                var attributes = feature.Attributes.GetNames().Select(n => new KeyValuePair<string, object?>(n, feature.Attributes[n]));
                var raw = TabularFeatures.Create(path, index, attributes, planning);
                if (problem is { } p)
                {
                    errors.Add(raw.Typed.Error(p.Item1, p.Item2));
                }

                features.Add(raw);
            }
        }
        catch (Exception e) when (e is ShapefileException or IOException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            throw Problem(path, null, $"the Shapefile cannot be read: {e.Message}");
        }

        return LayerReader.Map(new RawDocument(path, srid, features), errors, schema);
    }

    /// <summary>The files a Shapefile consists of, for zipping a download.</summary>
    public static IReadOnlyList<string> Parts(string path) =>
        [.. Extensions.Select(e => Path.ChangeExtension(path, e)).Where(File.Exists)];

    private static InputException Problem(string path, string? property, string message) =>
        new(new InputError(path, null, null, property, message));
}
