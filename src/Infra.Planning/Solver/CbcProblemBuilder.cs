namespace Infra.Planning.Solver;

/// <summary>Turns the façade's variables, rows and objective (plus extra rows) into a <see cref="CbcProblem"/>.</summary>
internal static class CbcProblemBuilder
{
    internal static CbcProblem Build(
        IReadOnlyList<Variable> variables, IReadOnlyList<Constraint> constraints, Objective objective, IReadOnlyList<SparseCut> extraRows)
    {
        var n = variables.Count;
        var m = constraints.Count + extraRows.Count;
        var lower = new double[n];
        var upper = new double[n];
        var cost = new double[n];
        var integer = new bool[n];
        var sign = objective.Maximization ? -1.0 : 1.0;
        for (var j = 0; j < n; j++)
        {
            lower[j] = variables[j].LowerBound;
            upper[j] = variables[j].UpperBound;
            integer[j] = variables[j].IsInteger;
            cost[j] = sign * objective.Coefficients[j];
        }

        var rowLower = new double[m];
        var rowUpper = new double[m];
        var counts = new int[n + 1];
        for (var i = 0; i < constraints.Count; i++)
        {
            rowLower[i] = constraints[i].LowerBound;
            rowUpper[i] = constraints[i].UpperBound;
            Count(counts, constraints[i].Columns, constraints[i].Values);
        }

        for (var i = 0; i < extraRows.Count; i++)
        {
            (rowLower[constraints.Count + i], rowUpper[constraints.Count + i]) = extraRows[i].Bounds();
            Count(counts, extraRows[i].Indices, extraRows[i].Coefficients);
        }

        for (var j = 0; j < n; j++)
        {
            counts[j + 1] += counts[j];
        }

        var next = (int[])counts.Clone();
        var rowIndex = new int[counts[n]];
        var values = new double[counts[n]];
        for (var i = 0; i < constraints.Count; i++)
        {
            Fill(i, constraints[i].Columns, constraints[i].Values, next, rowIndex, values);
        }

        for (var i = 0; i < extraRows.Count; i++)
        {
            Fill(constraints.Count + i, extraRows[i].Indices, extraRows[i].Coefficients, next, rowIndex, values);
        }

        var starts = Compact(counts, next, rowIndex, values);
        return new CbcProblem
        {
            ColumnLower = lower, ColumnUpper = upper, Cost = cost, IsInteger = integer,
            Starts = starts, RowIndex = rowIndex, Values = values, RowLower = rowLower, RowUpper = rowUpper,
        };
    }

    private static void Count(int[] counts, IReadOnlyList<int> columns, IReadOnlyList<double> values)
    {
        for (var k = 0; k < columns.Count; k++)
        {
            if (values[k] != 0)
            {
                counts[columns[k] + 1]++;
            }
        }
    }

    private static void Fill(int row, IReadOnlyList<int> columns, IReadOnlyList<double> values, int[] next, int[] rowIndex, double[] elements)
    {
        for (var k = 0; k < columns.Count; k++)
        {
            if (values[k] != 0)
            {
                var p = next[columns[k]]++;
                rowIndex[p] = row;
                elements[p] = values[k];
            }
        }
    }

    // Rows are filled in increasing order, so a column given twice in one row sits in adjacent slots: sum them
    // (CoinPackedMatrix rejects duplicates) and close the gaps in place.
    private static int[] Compact(int[] starts, int[] ends, int[] rowIndex, double[] values)
    {
        var n = starts.Length - 1;
        var result = new int[n + 1];
        var write = 0;
        for (var j = 0; j < n; j++)
        {
            result[j] = write;
            for (var p = starts[j]; p < ends[j]; p++)
            {
                if (write > result[j] && rowIndex[write - 1] == rowIndex[p])
                {
                    values[write - 1] += values[p];
                    continue;
                }

                rowIndex[write] = rowIndex[p];
                values[write] = values[p];
                write++;
            }
        }

        result[n] = write;
        return result;
    }
}
