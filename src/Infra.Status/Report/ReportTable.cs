using PdfSharp.Drawing;

namespace Infra.Status.Report;

/// <summary>A table to write: column titles, relative widths, right-aligned columns and rows of cell texts.</summary>
internal sealed class ReportTable(IReadOnlyList<string> titles, IReadOnlyList<double> widths, IReadOnlySet<int>? rightAligned = null)
{
    public IReadOnlyList<string> Titles { get; } = titles;

    /// <summary>Column widths as shares of the text width (summing to 1).</summary>
    public IReadOnlyList<double> Widths { get; } = widths;

    public IReadOnlySet<int> RightAligned { get; } = rightAligned ?? new HashSet<int>();

    public List<IReadOnlyList<string>> Rows { get; } = [];

    /// <summary>Rows drawn bold (a total).</summary>
    public HashSet<int> BoldRows { get; } = [];

    /// <summary>Per row an optional colour for the first cell's marker (traffic light, risk level).</summary>
    public Dictionary<int, XColor> Markers { get; } = [];

    public void Add(params string[] cells) => Rows.Add(cells);
}
