using System.Text;

namespace Infra.Geo.Csv;

/// <summary>
/// Splits RFC 4180 CSV text (comma separator, double quotes, "" inside quotes, CRLF or LF, newlines inside quotes)
/// into records with the 1-based line each starts on. Blank lines are skipped.
/// </summary>
/// <remarks>
/// Hand-written rather than CsvHelper: CsvHelper 34 is a new API without record positions we can rely on, and
/// this format needs nothing beyond RFC 4180.
/// </remarks>
public static class CsvParser
{
    /// <summary>The records, and the line of an unterminated quoted field (null when the text is well formed).</summary>
    public static (List<CsvRow> Rows, int? UnterminatedQuoteLine) Parse(string text)
    {
        var rows = new List<CsvRow>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var quoteLine = 0;
        var anyContent = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    quoted = true;
                    quoteLine = line;
                    anyContent = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    anyContent = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    EndRecord();
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(c);
                    anyContent = true;
                    break;
            }
        }

        if (quoted)
        {
            return (rows, quoteLine);
        }

        EndRecord();
        return (rows, null);

        void EndRecord()
        {
            if (anyContent)
            {
                fields.Add(field.ToString());
                rows.Add(new CsvRow(recordLine, [.. fields]));
            }

            fields.Clear();
            field.Clear();
            anyContent = false;
        }
    }
}
