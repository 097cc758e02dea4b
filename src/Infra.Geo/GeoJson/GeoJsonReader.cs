using System.Globalization;
using System.Text.Json;
using Infra.Core.Inputs;
using Infra.Core.Network;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;

namespace Infra.Geo.GeoJson;

/// <summary>
/// Reads an RFC 7946 FeatureCollection (UTF-8) into features with valid EPSG:25832 geometry: NetTopologySuite's
/// GeoJSON4STJ builds each feature, our checks around it name every problem precisely (file, feature, id, property,
/// line and byte of broken JSON). Every problem found is collected (the first 100 are listed) and thrown as one
/// <see cref="InputException"/>; nothing is returned then.
/// </summary>
/// <remarks>
/// CRS: <see cref="GeoJsonReadOptions.DeclaredSrid"/> if given, else the legacy <c>crs</c> member (EPSG:4326,
/// CRS84 or EPSG:25832), else WGS84 longitude/latitude. Coordinates are transformed with
/// <see cref="Crs.CrsTransform"/> and rounded to 0.01 m; a third coordinate (height) is ignored.
/// </remarks>
public static class GeoJsonReader
{
    /// <summary>Reads a file; its size is checked against <see cref="GeoJsonReadOptions.MaxBytes"/> before reading.</summary>
    public static GeoJsonDocument Read(string path, GeoJsonReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var (document, errors) = ReadLenient(path, options);
        InputErrorLimit.ThrowIfAny(errors, path);
        return Valid(document);
    }

    /// <summary>Reads from a stream (left open); <paramref name="fileNameForMessages"/> names the source in errors.</summary>
    public static GeoJsonDocument Read(Stream stream, string fileNameForMessages, GeoJsonReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileNameForMessages);
        var (document, errors) = ReadLenient(stream, fileNameForMessages, options);
        InputErrorLimit.ThrowIfAny(errors, fileNameForMessages);
        return Valid(document);
    }

    /// <summary>
    /// Reads every feature, also those whose geometry is broken (their geometry is null), and returns the problems
    /// instead of throwing, so that layer mapping can add its own. Problems with the whole file still throw.
    /// </summary>
    internal static (RawDocument Document, List<InputError> Errors) ReadLenient(string path, GeoJsonReadOptions? options)
    {
        options ??= new GeoJsonReadOptions();
        if (!File.Exists(path))
        {
            throw new InputException(new InputError(path, null, null, null, "file not found"));
        }

        var length = new FileInfo(path).Length;
        CheckSize(path, length, options);
        return Parse(File.ReadAllBytes(path), path, options);
    }

    internal static (RawDocument Document, List<InputError> Errors) ReadLenient(Stream stream, string file, GeoJsonReadOptions? options)
    {
        options ??= new GeoJsonReadOptions();
        if (stream.CanSeek)
        {
            CheckSize(file, stream.Length - stream.Position, options);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            CheckSize(file, buffer.Length, options);
        }

        return Parse(buffer.ToArray(), file, options);
    }

    private static GeoJsonDocument Valid(RawDocument raw) =>
        new(raw.File, raw.SourceSrid, raw.Features.Select(f => new GeoJsonFeature(f.Typed, f.Geometry!)).ToArray());

    private static void CheckSize(string file, long length, GeoJsonReadOptions options)
    {
        if (length > options.MaxBytes)
        {
            throw new InputException(new InputError(file, null, null, null, string.Create(CultureInfo.InvariantCulture,
                $"the file is {length} bytes, larger than the limit of {options.MaxBytes} bytes; split it or raise the limit")));
        }
    }

    private static (RawDocument, List<InputError>) Parse(byte[] bytes, string file, GeoJsonReadOptions options)
    {
        var encodingProblem = TextBytes.Utf8Problem(bytes, out var start);
        if (encodingProblem is not null)
        {
            throw new InputException(new InputError(file, null, null, null, encodingProblem));
        }

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(bytes.AsMemory(start), new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            var line = (ex.LineNumber ?? 0) + 1;
            var column = (ex.BytePositionInLine ?? 0) + 1;
            var reason = ex.Message;
            var cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
            reason = cut > 0 ? reason[..cut] : reason;
            throw new InputException(new InputError(file, null, null, null, string.Create(CultureInfo.InvariantCulture,
                $"invalid JSON at line {line}, byte {column}: {reason}")));
        }

        using (json)
        {
            var root = json.RootElement;
            var srid = SourceSrid(root, file, options);
            var features = FeaturesArray(root, file);
            var errors = new List<InputError>();
            var geometry = new SourceGeometry(srid);
            var result = new List<RawFeature>();
            var index = 0;
            foreach (var element in features.EnumerateArray())
            {
                var feature = ReadFeature(element, index++, file, srid, geometry, errors);
                if (feature is not null)
                {
                    result.Add(feature);
                }
            }

            return (new RawDocument(file, srid, result), errors);
        }
    }

    private static int SourceSrid(JsonElement root, string file, GeoJsonReadOptions options)
    {
        if (options.DeclaredSrid is { } declared)
        {
            return declared is Srid.Wgs84 or Srid.Etrs89Utm32
                ? declared
                : throw new InputException(new InputError(file, null, null, "--crs", string.Create(CultureInfo.InvariantCulture,
                    $"CRS EPSG:{declared} is not supported; use 4326 (WGS84) or 25832 (ETRS89 / UTM 32N)")));
        }

        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("crs", out var crs) || crs.ValueKind == JsonValueKind.Null)
        {
            return Srid.Wgs84;
        }

        var name = crs.ValueKind == JsonValueKind.Object &&
                   crs.TryGetProperty("properties", out var props) && props.ValueKind == JsonValueKind.Object &&
                   props.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String
            ? n.GetString()
            : null;
        var srid = CrsNames.Parse(name);
        return srid ?? throw new InputException(new InputError(file, null, null, "crs",
            $"unsupported CRS {(name is null ? crs.GetRawText() : $"'{name}'")}: use EPSG:4326 (or CRS84) or EPSG:25832, " +
            "or reproject the file (QGIS: Export, CRS EPSG:25832)"));
    }

    private static JsonElement FeaturesArray(JsonElement root, string file)
    {
        static InputException NotCollection(string file, string what) =>
            new(new InputError(file, null, null, null, $"not a GeoJSON FeatureCollection: {what}"));

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw NotCollection(file, $"the top level is {root.ValueKind.ToString().ToLowerInvariant()}, expected an object");
        }

        if (!root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
        {
            throw NotCollection(file, "the top level has no 'type'");
        }

        if (type.GetString() != "FeatureCollection")
        {
            throw NotCollection(file, $"the top-level type is '{type.GetString()}'");
        }

        if (!root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
        {
            throw NotCollection(file, "it has no 'features' array");
        }

        return features;
    }

    /// <summary>
    /// Checks the feature's JSON shape, lets GeoJSON4STJ build it when the shape is sound, and checks and transforms
    /// its geometry. A feature whose geometry is broken is returned with a null geometry, so that its properties are
    /// still checked; the problem is in <paramref name="errors"/>.
    /// </summary>
    private static RawFeature? ReadFeature(JsonElement element, int index, string file, int srid, SourceGeometry planning, List<InputError> errors)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new InputError(file, index, null, null, $"a feature must be an object, found {element.ValueKind.ToString().ToLowerInvariant()}"));
            return null;
        }

        var sound = true;
        element.TryGetProperty("properties", out var props);
        if (props.ValueKind is not (JsonValueKind.Object or JsonValueKind.Undefined or JsonValueKind.Null))
        {
            errors.Add(new InputError(file, index, null, "properties", "'properties' must be an object or null"));
            sound = false;
        }

        var id = FeatureId(element, props, out var idProblem);
        if (idProblem is not null)
        {
            errors.Add(new InputError(file, index, null, "id", idProblem));
            sound = false;
        }

        if (!element.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != "Feature")
        {
            errors.Add(new InputError(file, index, id, "type", "a member of 'features' must have \"type\": \"Feature\""));
            return null;
        }

        element.TryGetProperty("geometry", out var geometryElement);
        if (GeoJsonShape.Check(geometryElement, srid) is { } shape)
        {
            errors.Add(new InputError(file, index, id, shape.Property, shape.Message));
            sound = false;
        }

        Geometry? geometry = null;
        var values = props.ValueKind == JsonValueKind.Object ? props : default;
        if (sound)
        {
            var feature = element.Deserialize<IFeature>(GeoJsonSerialization.For(srid))!;
            if (feature.Attributes is JsonElementAttributesTable table)
            {
                values = table.RootElement;
            }

            geometry = planning.ToPlanning(feature.Geometry);
            if (planning.Problem is { } problem)
            {
                errors.Add(new InputError(file, index, id, problem.Property, problem.Message));
            }
        }

        return new RawFeature(new GeoJsonPropertyReader(file, index, id, Properties(values)), geometry);
    }

    private static Dictionary<string, JsonElement> Properties(JsonElement properties)
    {
        var values = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (properties.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in properties.Clone().EnumerateObject())
            {
                values[p.Name] = p.Value;
            }
        }

        return values;
    }

    /// <summary>The id member, else the id property, as GeoJSON4STJ reads it (numbers as decimals); a problem when it can't.</summary>
    private static string? FeatureId(JsonElement feature, JsonElement properties, out string? problem)
    {
        problem = null;
        if (!feature.TryGetProperty("id", out var id) || id.ValueKind == JsonValueKind.Null)
        {
            if (properties.ValueKind != JsonValueKind.Object ||
                !properties.TryGetProperty(GeoJsonSerialization.IdProperty, out id) || id.ValueKind == JsonValueKind.Null)
            {
                return null;
            }
        }

        switch (id.ValueKind)
        {
            case JsonValueKind.String:
                return id.GetString();
            case JsonValueKind.Number when id.TryGetDecimal(out var number):
                return number.ToString(CultureInfo.InvariantCulture);
            case JsonValueKind.Number:
                problem = $"id {id.GetRawText()} is a number too large for an id; write it as a string";
                return null;
            default:
                problem = $"id must be a string or a number, found {id.ValueKind.ToString().ToLowerInvariant()}";
                return null;
        }
    }
}

/// <summary>A read FeatureCollection whose features may have a null geometry (it was broken and reported).</summary>
internal sealed record RawDocument(string File, int SourceSrid, IReadOnlyList<RawFeature> Features);

/// <summary>One feature as read; <see cref="Geometry"/> is null when it was broken and reported.</summary>
internal sealed record RawFeature(GeoJsonPropertyReader Typed, Geometry? Geometry);
