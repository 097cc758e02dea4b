using Infra.Planning.Solver;
using Google.OrTools.LinearSolver;
using OrSolver = Google.OrTools.LinearSolver.Solver;
using OrVariable = Google.OrTools.LinearSolver.Variable;

namespace Infra.Planning.Design;

/// <summary>
/// A minimisation LP kept alive in one OR-Tools solver between rounds, so that rows can be added and the LP solved
/// again, as the cutting-plane loop of the network design needs. OR-Tools hands the whole model to the engine again
/// after rows are added: GLOP then restarts from its last basis, CLP from scratch (its interface reloads; measured
/// faster all the same, docs/planning.md). Native output is off.
/// </summary>
internal sealed class IncrementalLinearProgram : IDisposable
{
    private readonly OrSolver _solver;
    private readonly OrVariable[] _columns;
    private readonly double[] _cost;

    public IncrementalLinearProgram(SparseModel model, LpEngine engine)
    {
        ArgumentNullException.ThrowIfNull(model);
        Engine = engine;
        _solver = OrToolsEngines.Create(OrToolsEngines.Id(engine));
        if (engine == LpEngine.Glop)
        {
            // Without scaling GLOP's rounds are faster here (measured on the city: 15 rounds instead of 11 in 48 s).
            _ = _solver.SetSolverSpecificParametersAsString("use_scaling:false");
        }

        _columns = new OrVariable[model.ColumnCount];
        _cost = [.. model.Objective];
        var objective = _solver.Objective();
        for (var j = 0; j < _columns.Length; j++)
        {
            _columns[j] = _solver.MakeNumVar(model.ColumnLower[j], model.ColumnUpper[j], "");
            if (_cost[j] != 0)
            {
                objective.SetCoefficient(_columns[j], _cost[j]);
            }
        }

        objective.SetMinimization();
        AddRows(model.Rows);
    }

    public LpEngine Engine { get; }

    public int RowCount => _solver.NumConstraints();

    /// <summary>Objective of the last optimal solve.</summary>
    public double ObjectiveValue { get; private set; } = double.NaN;

    /// <summary>Solves (again, after rows were added). True when optimal within <paramref name="maxSeconds"/>.</summary>
    public bool Solve(double maxSeconds)
    {
        var milliseconds = (long)Math.Ceiling(Math.Max(1, maxSeconds) * 1000);
        _solver.SetTimeLimit(milliseconds);
        // Not every engine honours its limit on a re-solve; a watchdog interrupts it shortly after.
        using var watchdog = new SolveWatchdog(() => _solver.InterruptSolve(), milliseconds + 500);
        // Each round only adds rows: the dual simplex from the last basis, without presolve (which would discard that
        // basis), re-solves in a fraction of a cold solve where the engine keeps its model (measured: CLP 18 rounds
        // instead of 8 in 48 s on the city).
        using var parameters = new MPSolverParameters();
        if (Engine != LpEngine.Pdlp)
        {
            parameters.SetIntegerParam(MPSolverParameters.IntegerParam.PRESOLVE, (int)MPSolverParameters.PresolveValues.PRESOLVE_OFF);
            parameters.SetIntegerParam(MPSolverParameters.IntegerParam.LP_ALGORITHM, (int)MPSolverParameters.LpAlgorithmValues.DUAL);
        }

        var status = _solver.Solve(parameters);
        if (status != OrSolver.ResultStatus.OPTIMAL)
        {
            return false;
        }

        ObjectiveValue = _solver.Objective().Value();
        return true;
    }

    public double[] Solution()
    {
        var result = new double[_columns.Length];
        for (var j = 0; j < result.Length; j++)
        {
            result[j] = _columns[j].SolutionValue();
        }

        return result;
    }

    /// <summary>Reduced costs of the last solve, per column.</summary>
    public double[] ReducedCosts()
    {
        var result = new double[_columns.Length];
        for (var j = 0; j < result.Length; j++)
        {
            result[j] = _columns[j].ReducedCost();
        }

        return result;
    }

    /// <summary>Adds rows lower ≤ Σ coef·x ≤ upper.</summary>
    public void AddRows(IReadOnlyList<SparseRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var row in rows)
        {
            OrToolsRound.AddRow(_solver, _columns, row.Lower, row.Upper, row.Columns, row.Coefficients);
        }
    }

    public void Dispose() => _solver.Dispose();
}
