using PdfSharp.Drawing;
using PdfSharp.Pdf;
using S = Infra.Status.Report.ReportStyle;

namespace Infra.Status.Report;

/// <summary>
/// Writes flowing content onto A4 pages with PDFsharp: headings, wrapped paragraphs, tables that break across pages
/// with their header repeated, images and small figure tiles. Every page gets the running header and a page number.
/// </summary>
internal sealed class ReportWriter : IDisposable
{
    private const double LineFactor = 1.32;
    private const double CellPad = 3;
    private readonly PdfDocument _document;
    private readonly string _running;
    private XGraphics? _g;

    public ReportWriter(PdfDocument document, string runningHeader)
    {
        _document = document;
        _running = runningHeader;
        NewPage();
    }

    /// <summary>The current vertical position (points from the top).</summary>
    public double Y { get; set; }

    public XGraphics G => _g!;

    public void NewPage()
    {
        _g?.Dispose();
        var page = _document.AddPage();
        page.Width = XUnit.FromPoint(S.PageWidth);
        page.Height = XUnit.FromPoint(S.PageHeight);
        _g = XGraphics.FromPdfPage(page);
        _g.DrawString(_running, S.Small, new XSolidBrush(S.Muted), new XPoint(S.Left, 34));
        _g.DrawLine(new XPen(S.Rule, 0.6), S.Left, 40, S.Right, 40);
        var number = "Seite " + _document.PageCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var width = _g.MeasureString(number, S.Small).Width;
        _g.DrawString(number, S.Small, new XSolidBrush(S.Muted), new XPoint(S.Right - width, S.PageHeight - 30));
        Y = S.Top;
    }

    /// <summary>Starts a new page when less than <paramref name="height"/> points are left.</summary>
    public void Need(double height)
    {
        if (Y + height > S.Bottom)
        {
            NewPage();
        }
    }

    public void Heading(string text, XFont? font = null)
    {
        font ??= S.Heading;
        Need(font.Height * 3.2);
        Y += font.Height * 0.5;
        G.DrawString(text, font, new XSolidBrush(S.Accent), new XPoint(S.Left, Y + font.Height));
        Y += font.Height * LineFactor + 2;
    }

    /// <summary>A wrapped paragraph across the text width (or <paramref name="width"/> from <paramref name="x"/>).</summary>
    public void Paragraph(string text, XFont? font = null, XColor? color = null, double? x = null, double? width = null, double after = 4)
    {
        font ??= S.Body;
        var lines = Wrap(text, font, width ?? S.Width);
        var brush = new XSolidBrush(color ?? S.Ink);
        foreach (var line in lines)
        {
            Need(font.Height * LineFactor);
            G.DrawString(line, font, brush, new XPoint(x ?? S.Left, Y + font.Height));
            Y += font.Height * LineFactor;
        }

        Y += after;
    }

    public void Bullet(string text, XFont? font = null)
    {
        font ??= S.Body;
        Need(font.Height * LineFactor);
        G.DrawString("•", font, new XSolidBrush(S.Accent), new XPoint(S.Left + 2, Y + font.Height));
        Paragraph(text, font, null, S.Left + 12, S.Width - 12, 2);
    }

    /// <summary>A shaded box with wrapped text (notes such as "synthetisch").</summary>
    public void Note(string text, XColor fill)
    {
        var lines = Wrap(text, S.Body, S.Width - 16);
        var height = (lines.Count * S.Body.Height * LineFactor) + 10;
        Need(height + 6);
        G.DrawRectangle(new XSolidBrush(fill), S.Left, Y, S.Width, height);
        var y = Y + 5;
        foreach (var line in lines)
        {
            G.DrawString(line, S.Body, new XSolidBrush(S.Ink), new XPoint(S.Left + 8, y + S.Body.Height));
            y += S.Body.Height * LineFactor;
        }

        Y += height + 8;
    }

    public void Image(byte[] png, double height)
    {
        Need(height + 4);
        using var stream = new MemoryStream(png);
        using var image = XImage.FromStream(stream);
        G.DrawImage(image, S.Left, Y, S.Width, height);
        Y += height + 6;
    }

    public void Table(ReportTable table, XFont? font = null)
    {
        font ??= S.Small;
        var bold = font.Size >= S.Body.Size ? S.BodyBold : S.SmallBold;
        var widths = table.Widths.Select(w => w * S.Width).ToArray();
        var header = Cells(table.Titles, bold, widths);
        DrawRow(header, widths, bold, table.RightAligned, header: true, zebra: false, null);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var cells = Cells(table.Rows[r], table.BoldRows.Contains(r) ? bold : font, widths);
            if (Y + RowHeight(cells, font) > S.Bottom)
            {
                NewPage();
                DrawRow(header, widths, bold, table.RightAligned, header: true, zebra: false, null);
            }

            DrawRow(cells, widths, table.BoldRows.Contains(r) ? bold : font, table.RightAligned, header: false, zebra: r % 2 == 1,
                table.Markers.TryGetValue(r, out var c) ? c : null);
        }

        Y += 8;
    }

    public List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (line.Length > 0 && G.MeasureString(candidate, font).Width > width)
                {
                    lines.Add(line);
                    line = word;
                }
                else
                {
                    line = candidate;
                }
            }

            lines.Add(line);
        }

        return lines;
    }

    public void Dispose() => _g?.Dispose();

    private List<string>[] Cells(IReadOnlyList<string> texts, XFont font, double[] widths) =>
        texts.Select((t, i) => Wrap(t, font, widths[i] - (2 * CellPad))).ToArray();

    private static double RowHeight(List<string>[] cells, XFont font) =>
        (cells.Max(c => c.Count) * font.Height * 1.18) + (2 * CellPad);

    private void DrawRow(List<string>[] cells, double[] widths, XFont font, IReadOnlySet<int> right, bool header, bool zebra, XColor? marker)
    {
        var height = RowHeight(cells, font);
        if (zebra)
        {
            G.DrawRectangle(new XSolidBrush(S.Zebra), S.Left, Y, S.Width, height);
        }

        var x = S.Left;
        var brush = new XSolidBrush(header ? S.Accent : S.Ink);
        for (var i = 0; i < cells.Length; i++)
        {
            var y = Y + CellPad;
            var indent = i == 0 && marker is not null ? 9 : 0;
            if (i == 0 && marker is { } m)
            {
                G.DrawEllipse(new XSolidBrush(m), x + CellPad, Y + CellPad + (font.Height * 0.25), 6, 6);
            }

            foreach (var line in cells[i])
            {
                var w = G.MeasureString(line, font).Width;
                var lx = right.Contains(i) ? x + widths[i] - CellPad - w : x + CellPad + indent;
                G.DrawString(line, font, brush, new XPoint(lx, y + font.Height * 0.9));
                y += font.Height * 1.18;
            }

            x += widths[i];
        }

        Y += height;
        G.DrawLine(new XPen(header ? S.Accent : S.Rule, header ? 0.8 : 0.4), S.Left, Y, S.Right, Y);
    }
}
