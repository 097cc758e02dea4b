using System.Globalization;
using System.Text;
using Infra.Core.Inputs;
using Infra.Geo.Crs;
using Infra.Geo.GeoJson;

namespace Infra.Geo.Csv;

/// <summary>
/// A comma-separated UTF-8 file with a header, read whole. Rows carry their 1-based line number; problems are
/// collected as <see cref="InputError"/>s naming file, line and column (the message starts with "line N").
/// </summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(string file, Dictionary<string, int> columns, List<CsvRow> rows, List<InputError> errors)
    {
        File = file;
        _columns = columns;
        Rows = rows;
        Errors = errors;
    }

    public string File { get; }

    public IReadOnlyList<CsvRow> Rows { get; }

    public List<InputError> Errors { get; }

    /// <summary>The header's column names, in file order.</summary>
    public IEnumerable<string> Columns => _columns.OrderBy(c => c.Value).Select(c => c.Key);

    /// <summary>Whether the header has <paramref name="column"/>.</summary>
    public bool Has(string column) => _columns.ContainsKey(column);

    /// <summary>Reads the file; throws <see cref="InputException"/> when it is missing, not UTF-8 or lacks a required column.</summary>
    public static CsvTable Read(string path, IReadOnlyList<string> requiredColumns)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!System.IO.File.Exists(path))
        {
            throw new InputException(new InputError(path, null, null, null, "file not found"));
        }

        var bytes = System.IO.File.ReadAllBytes(path);
        var problem = TextBytes.Utf8Problem(bytes, out var start);
        if (problem is not null)
        {
            throw new InputException(new InputError(path, null, null, null, problem));
        }

        var (records, unterminated) = CsvParser.Parse(Encoding.UTF8.GetString(bytes, start, bytes.Length - start));
        if (unterminated is { } quoteLine)
        {
            throw new InputException(new InputError(path, null, null, null, string.Create(CultureInfo.InvariantCulture,
                $"line {quoteLine}: a quoted field is never closed (missing '\"')")));
        }

        if (records.Count == 0)
        {
            throw new InputException(new InputError(path, null, null, null, "the file is empty: expected a header line"));
        }

        var header = records[0].Fields;
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            columns.TryAdd(header[i].Trim(), i);
        }

        var missing = requiredColumns.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw new InputException(missing.Select(c => new InputError(path, null, null, c,
                $"line {records[0].Line.ToString(CultureInfo.InvariantCulture)}: missing column '{c}'; the header needs {string.Join(",", requiredColumns)}")).ToList());
        }

        var errors = new List<InputError>();
        var rows = new List<CsvRow>();
        foreach (var record in records.Skip(1))
        {
            if (record.Fields.Length != header.Length)
            {
                errors.Add(new InputError(path, null, null, null, string.Create(CultureInfo.InvariantCulture,
                    $"line {record.Line}: the row has {record.Fields.Length} fields, the header has {header.Length}")));
                continue;
            }

            rows.Add(record);
        }

        return new CsvTable(path, columns, rows, errors);
    }

    /// <summary>The trimmed field, or null (with an error) when it is empty and required.</summary>
    public string? Text(CsvRow row, string column, string? id, bool required = true)
    {
        var value = row.Fields[_columns[column]].Trim();
        if (value.Length == 0 && required)
        {
            Error(row, column, id, "the value is empty");
            return null;
        }

        return value;
    }

    public int? Integer(CsvRow row, string column, string? id, int min = 0)
    {
        var text = Text(row, column, id);
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            Error(row, column, id, $"'{text}' is not a whole number");
            return null;
        }

        if (value < min)
        {
            Error(row, column, id, $"{text} is below {min.ToString(CultureInfo.InvariantCulture)}");
            return null;
        }

        return value;
    }

    public double? Number(CsvRow row, string column, string? id)
    {
        var text = Text(row, column, id);
        if (text is null)
        {
            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            Error(row, column, id, $"'{text}' is not a number (use a point as decimal separator)");
            return null;
        }

        return value;
    }

    /// <summary>Reads latitude/longitude columns (WGS84), checks them and returns EPSG:25832 metres rounded to 0.01 m.</summary>
    public (double X, double Y)? Location(CsvRow row, string latColumn, string lonColumn, string? id)
    {
        var lat = Number(row, latColumn, id);
        var lon = Number(row, lonColumn, id);
        if (lat is null || lon is null)
        {
            return null;
        }

        var problem = PositionCheck.Wgs84(lon.Value, lat.Value, "the columns hold WGS84 degrees");
        if (problem is not null)
        {
            Error(row, $"{latColumn},{lonColumn}", id, problem.Replace("longitude and latitude look swapped", "latitude and longitude look swapped", StringComparison.Ordinal));
            return null;
        }

        var (x, y) = CrsTransform.ToUtm32(lon.Value, lat.Value);
        return (Math.Round(x, 2), Math.Round(y, 2));
    }

    public void Error(CsvRow row, string column, string? id, string message) =>
        Errors.Add(new InputError(File, null, id, column, string.Create(CultureInfo.InvariantCulture, $"line {row.Line}: {message}")));
}

/// <summary>One data row and its 1-based line number in the file.</summary>
/// <summary>One CSV record: the 1-based line it starts on and its fields.</summary>
public sealed record CsvRow(int Line, string[] Fields);
