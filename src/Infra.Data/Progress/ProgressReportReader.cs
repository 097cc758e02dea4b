using System.Globalization;
using System.Text;
using System.Text.Json;
using Infra.Core.Inputs;
using Infra.Core.Progress;
using Infra.Core.Codes;
using Infra.Geo.Csv;
using Infra.Geo.GeoJson;

namespace Infra.Data.Progress;

/// <summary>
/// Parses a contractor report, CSV or GeoJSON (docs/progress-reports.md), into milestone and trench rows. Problems of
/// single rows are collected; problems of the whole file (encoding, JSON, missing columns) throw <see cref="InputException"/>.
/// </summary>
internal static class ProgressReportReader
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy"];

    public static ParsedReport Read(string file, byte[] bytes)
    {
        var extension = Path.GetExtension(file).ToLowerInvariant();
        var looksJson = extension is ".geojson" or ".json"
            || (extension != ".csv" && Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 64)).TrimStart('\uFEFF', ' ', '\t', '\r', '\n').StartsWith('{'));
        var report = new ParsedReport(file, [], [], []);
        if (looksJson)
        {
            ReadGeoJson(file, bytes, report);
        }
        else
        {
            ReadCsv(file, bytes, report);
        }

        return report;
    }

    private static void ReadCsv(string file, byte[] bytes, ParsedReport report)
    {
        var problem = TextBytes.Utf8Problem(bytes, out var start);
        if (problem is not null)
        {
            throw new InputException(new InputError(file, null, null, null, problem));
        }

        var (records, unterminated) = CsvParser.Parse(Encoding.UTF8.GetString(bytes, start, bytes.Length - start));
        if (unterminated is { } quoteLine)
        {
            throw new InputException(new InputError(file, null, null, null, Invariant($"line {quoteLine}: a quoted field is never closed (missing '\"')")));
        }

        var header = records.Count == 0 ? [] : records[0].Fields.Select(f => f.Trim().ToLowerInvariant()).ToArray();
        var milestones = header.Contains(ProgressColumns.SiteId);
        var required = milestones ? ProgressColumns.MilestoneColumns : ProgressColumns.TrenchColumns;
        var missing = required.Where(c => !header.Contains(c)).ToArray();
        if (records.Count == 0 || (!milestones && !header.Contains(ProgressColumns.TrenchId)) || missing.Length > 0)
        {
            throw new InputException(new InputError(file, null, null, missing.FirstOrDefault(), Invariant(
                $"line 1: the header needs {string.Join(",", ProgressColumns.MilestoneColumns)} (milestones) or {string.Join(",", ProgressColumns.TrenchColumns)} (trench metres)")));
        }

        for (var i = 1; i < records.Count; i++)
        {
            var record = records[i];
            var row = new RowReader(file, i - 1, Invariant($"line {record.Line}: "), name =>
            {
                var column = Array.IndexOf(header, name);
                return column < 0 ? null : column < record.Fields.Length ? record.Fields[column] : "";
            });
            if (record.Fields.Length != header.Length)
            {
                report.Errors.Add(row.Error(null, null, Invariant($"the row has {record.Fields.Length} fields, the header has {header.Length}")));
                continue;
            }

            AddRow(row, milestones, report);
        }
    }

    private static void ReadGeoJson(string file, byte[] bytes, ParsedReport report)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        var document = GeoJsonReader.Read(stream, file);
        foreach (var feature in document.Features)
        {
            var row = new RowReader(file, feature.Index, "", name => feature.Properties.TryGetValue(name, out var value) ? Text(value) : null);
            var milestones = row.Get(ProgressColumns.SiteId) is not null;
            if (!milestones && row.Get(ProgressColumns.TrenchId) is null)
            {
                report.Errors.Add(row.Error(null, feature.Id, $"a feature needs the property {ProgressColumns.SiteId} (milestone) or {ProgressColumns.TrenchId} (trench metres)"));
                continue;
            }

            AddRow(row, milestones, report);
        }
    }

    private static void AddRow(RowReader row, bool milestone, ParsedReport report)
    {
        if (milestone)
        {
            if (ParseMilestone(row, report.Errors) is { } m)
            {
                report.Milestones.Add(m);
            }
        }
        else if (ParseTrench(row, report.Errors) is { } t)
        {
            report.Trenches.Add(t);
        }
    }

    private static MilestoneRow? ParseMilestone(RowReader row, List<InputError> errors)
    {
        var before = errors.Count;
        var site = Required(row, ProgressColumns.SiteId, null, errors);
        var milestoneText = Required(row, ProgressColumns.Milestone, site, errors);
        Milestone milestone = default;
        if (milestoneText is not null && !TryMilestone(milestoneText, out milestone))
        {
            errors.Add(row.Error(ProgressColumns.Milestone, site,
                $"unknown milestone '{milestoneText}'; expected one of {string.Join(", ", EnumCodes.All<Milestone>())}"));
        }

        var statusText = Required(row, ProgressColumns.Status, site, errors);
        MilestoneStatus status = default;
        if (statusText is not null && !EnumCodes.TryParse(Normalize(statusText), out status))
        {
            errors.Add(row.Error(ProgressColumns.Status, site,
                $"unknown status '{statusText}'; expected one of {string.Join(", ", EnumCodes.All<MilestoneStatus>())}"));
        }

        var planned = Date(row, ProgressColumns.Planned, site, errors);
        var actual = Date(row, ProgressColumns.Actual, site, errors);
        return errors.Count > before ? null : new MilestoneRow(row.Index, row.Prefix, site!, milestone, planned, actual, status);
    }

    private static TrenchRow? ParseTrench(RowReader row, List<InputError> errors)
    {
        var before = errors.Count;
        var trench = Required(row, ProgressColumns.TrenchId, null, errors);
        var metresText = Required(row, ProgressColumns.Metres, trench, errors);
        var metres = 0.0;
        if (metresText is not null)
        {
            if (!double.TryParse(metresText.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out metres) || !double.IsFinite(metres))
            {
                errors.Add(row.Error(ProgressColumns.Metres, trench, $"'{metresText}' is not a number of metres"));
            }
            else if (metres < 0)
            {
                errors.Add(row.Error(ProgressColumns.Metres, trench, $"metres built must not be negative (got {metresText})"));
            }
        }

        var reportedOn = Date(row, ProgressColumns.ReportedOn, trench, errors);
        if (reportedOn is null && errors.Count == before)
        {
            errors.Add(row.Error(ProgressColumns.ReportedOn, trench, "the report date (stand) is missing"));
        }

        return errors.Count > before ? null : new TrenchRow(row.Index, row.Prefix, trench!, metres, reportedOn!.Value);
    }

    private static string? Required(RowReader row, string name, string? id, List<InputError> errors)
    {
        var value = row.Get(name)?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            errors.Add(row.Error(name, id, $"{name} is missing"));
            return null;
        }

        return value;
    }

    private static DateOnly? Date(RowReader row, string name, string? id, List<InputError> errors)
    {
        var value = row.Get(name)?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(row.Error(name, id, $"'{value}' is not a date (yyyy-mm-dd or dd.mm.yyyy)"));
        return null;
    }

    /// <summary>"Einblasen/Spleißen", "einblasen_spleissen" and "EinblasenSpleissen" all name the same milestone.</summary>
    private static bool TryMilestone(string text, out Milestone milestone)
    {
        var key = Normalize(text).Replace("_", "", StringComparison.Ordinal);
        foreach (var candidate in Enum.GetValues<Milestone>())
        {
            if (string.Equals(EnumCodes.Of(candidate).Replace("_", "", StringComparison.Ordinal), key, StringComparison.Ordinal))
            {
                milestone = candidate;
                return true;
            }
        }

        milestone = default;
        return false;
    }

    private static string Normalize(string text) => text.Trim().ToLowerInvariant()
        .Replace("ß", "ss", StringComparison.Ordinal).Replace('/', '_').Replace(' ', '_').Replace('-', '_');

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        JsonValueKind.String => value.GetString(),
        _ => value.GetRawText(),
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>One data row or feature: its index, a prefix for messages ("line 7: " in CSV) and its values by name.</summary>
    private sealed record RowReader(string File, int Index, string Prefix, Func<string, string?> Get)
    {
        public InputError Error(string? field, string? id, string message) => new(File, Index, id, field, Prefix + message);
    }
}
