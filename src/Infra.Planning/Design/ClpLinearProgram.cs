namespace Infra.Planning.Design;

/// <summary>
/// A minimisation LP kept alive in CLP so that rows can be added and the LP re-solved by dual simplex from
/// the previous basis. The cutting-plane loop of the network design needs exactly that: CBC's C API rebuilds
/// its model per solve, which turns dozens of rounds of cuts into dozens of cold solves.
/// </summary>
internal sealed unsafe class ClpLinearProgram : IDisposable
{
    private IntPtr _model;

    public ClpLinearProgram(SparseModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = ClpNative.Clp_newModel();
        ClpNative.Clp_setLogLevel(_model, 0);
        var (starts, rows, values) = model.ToColumnMajor();
        fixed (int* s = starts)
        fixed (int* r = rows)
        fixed (double* v = values)
        fixed (double* cl = model.ColumnLower.ToArray())
        fixed (double* cu = model.ColumnUpper.ToArray())
        fixed (double* obj = model.Objective.ToArray())
        fixed (double* rl = model.RowLower.ToArray())
        fixed (double* ru = model.RowUpper.ToArray())
        {
            ClpNative.Clp_loadProblem(_model, model.ColumnCount, model.RowCount, s, r, v, cl, cu, obj, rl, ru);
        }
    }

    public int ColumnCount => ClpNative.Clp_numberColumns(_model);

    public int RowCount => ClpNative.Clp_numberRows(_model);

    /// <summary>Solves (first call) or re-solves by dual simplex from the last basis. True when optimal.</summary>
    public bool Solve(bool warm, double maxSeconds)
    {
        ClpNative.Clp_setMaximumSeconds(_model, Math.Max(1, maxSeconds));
        // The return code repeats Clp_status, which is read below.
        _ = warm ? ClpNative.Clp_dual(_model, 0) : ClpNative.Clp_initialSolve(_model);
        return ClpNative.Clp_status(_model) == 0;
    }

    public double ObjectiveValue => ClpNative.Clp_objectiveValue(_model);

    public double[] Solution()
    {
        var n = ColumnCount;
        var result = new double[n];
        new ReadOnlySpan<double>((void*)ClpNative.Clp_primalColumnSolution(_model), n).CopyTo(result);
        return result;
    }

    /// <summary>Reduced costs of the last solve, per column.</summary>
    public double[] ReducedCosts()
    {
        var n = ColumnCount;
        var result = new double[n];
        new ReadOnlySpan<double>((void*)ClpNative.Clp_dualColumnSolution(_model), n).CopyTo(result);
        return result;
    }

    /// <summary>Adds rows lower ≤ Σ coef·x ≤ upper.</summary>
    public void AddRows(IReadOnlyList<SparseRow> newRows)
    {
        ArgumentNullException.ThrowIfNull(newRows);
        if (newRows.Count == 0)
        {
            return;
        }

        var lower = new double[newRows.Count];
        var upper = new double[newRows.Count];
        var starts = new int[newRows.Count + 1];
        var columns = new List<int>();
        var elements = new List<double>();
        for (var i = 0; i < newRows.Count; i++)
        {
            lower[i] = newRows[i].Lower;
            upper[i] = newRows[i].Upper;
            columns.AddRange(newRows[i].Columns);
            elements.AddRange(newRows[i].Coefficients);
            starts[i + 1] = columns.Count;
        }

        fixed (double* l = lower)
        fixed (double* u = upper)
        fixed (int* s = starts)
        fixed (int* c = columns.ToArray())
        fixed (double* e = elements.ToArray())
        {
            ClpNative.Clp_addRows(_model, newRows.Count, l, u, s, c, e);
        }
    }

    public void Dispose()
    {
        if (_model != IntPtr.Zero)
        {
            ClpNative.Clp_deleteModel(_model);
            _model = IntPtr.Zero;
        }
    }
}
