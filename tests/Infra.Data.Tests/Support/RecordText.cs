using System.Collections;
using System.Globalization;
using NetTopologySuite.Geometries;

namespace Infra.Data.Tests.Support;

/// <summary>
/// Every public property of a domain record as one line, geometry as WKT with its SRID, sets sorted: two records
/// describe equal exactly when every persisted field is equal.
/// </summary>
internal static class RecordText
{
    public static string Of(object record) =>
        string.Join("; ", record.GetType().GetProperties()
            .Where(p => p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => $"{p.Name}={Format(p.GetValue(record))}"));

    public static string[] All<T>(IEnumerable<T> records)
        where T : notnull => records.Select(r => Of(r)).ToArray();

    private static string Format(object? value) => value switch
    {
        null => "null",
        Geometry g => $"SRID={g.SRID};{g.AsText()}",
        string s => s,
        IEnumerable e => "[" + string.Join(",", e.Cast<object>().Select(Format).Order(StringComparer.Ordinal)) + "]",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
