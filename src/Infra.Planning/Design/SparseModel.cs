namespace Infra.Planning.Design;

/// <summary>A minimisation model in sparse row form: columns with bounds, costs and integrality, and rows.</summary>
internal sealed class SparseModel
{
    public List<double> ColumnLower { get; } = [];

    public List<double> ColumnUpper { get; } = [];

    public List<double> Objective { get; } = [];

    public List<bool> IsInteger { get; } = [];

    public List<string> ColumnNames { get; } = [];

    public List<SparseRow> Rows { get; } = [];

    public int ColumnCount => Objective.Count;

    public int RowCount => Rows.Count;

    public IEnumerable<double> RowLower => Rows.Select(r => r.Lower);

    public IEnumerable<double> RowUpper => Rows.Select(r => r.Upper);

    public int AddColumn(string name, double lower, double upper, double cost, bool integer)
    {
        ColumnNames.Add(name);
        ColumnLower.Add(lower);
        ColumnUpper.Add(upper);
        Objective.Add(cost);
        IsInteger.Add(integer);
        return Objective.Count - 1;
    }

    public void AddRow(IReadOnlyList<(int Column, double Coefficient)> terms, double lower, double upper)
    {
        ArgumentNullException.ThrowIfNull(terms);
        Rows.Add(new SparseRow(terms.Select(t => t.Column).ToArray(), terms.Select(t => t.Coefficient).ToArray(), lower, upper));
    }

    /// <summary>The matrix in column-major (CSC) form: starts per column, row indices, values.</summary>
    public (int[] Starts, int[] Rows, double[] Values) ToColumnMajor()
    {
        var counts = new int[ColumnCount + 1];
        foreach (var row in Rows)
        {
            foreach (var c in row.Columns)
            {
                counts[c + 1]++;
            }
        }

        for (var c = 0; c < ColumnCount; c++)
        {
            counts[c + 1] += counts[c];
        }

        var next = counts.ToArray();
        var rowIndex = new int[counts[ColumnCount]];
        var values = new double[counts[ColumnCount]];
        for (var r = 0; r < Rows.Count; r++)
        {
            var row = Rows[r];
            for (var k = 0; k < row.Columns.Length; k++)
            {
                var at = next[row.Columns[k]]++;
                rowIndex[at] = r;
                values[at] = row.Coefficients[k];
            }
        }

        return (counts, rowIndex, values);
    }
}
