namespace Infra.Planning.Solver;

/// <summary>
/// A model in the arrays <c>Cbc_loadProblem</c> takes: columns with bounds and minimisation costs, the matrix in
/// compressed sparse column form, row bounds. Built in one pass from the façade so that loading a 200k-column model
/// is one native call instead of one per coefficient.
/// </summary>
internal sealed class CbcProblem
{
    public required double[] ColumnLower { get; init; }

    public required double[] ColumnUpper { get; init; }

    /// <summary>Costs to minimise (negated for a maximisation).</summary>
    public required double[] Cost { get; init; }

    public required bool[] IsInteger { get; init; }

    public required int[] Starts { get; init; }

    public required int[] RowIndex { get; init; }

    public required double[] Values { get; init; }

    public required double[] RowLower { get; init; }

    public required double[] RowUpper { get; init; }

    public int ColumnCount => Cost.Length;

    public int RowCount => RowLower.Length;
}
