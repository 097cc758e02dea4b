using Google.OrTools.LinearSolver;
using OrSolver = Google.OrTools.LinearSolver.Solver;

namespace Infra.Planning.Solver;

/// <summary>
/// One solve of the façade's managed model on a fresh OR-Tools solver, which is disposed before returning, so
/// nothing native outlives the call and solves in different threads share nothing. The objective is always
/// minimised here (the façade flips the sign of a maximisation).
/// </summary>
internal static class OrToolsRound
{
    /// <param name="variables">Columns.</param>
    /// <param name="constraints">Rows.</param>
    /// <param name="cost">Minimisation costs per column.</param>
    /// <param name="extraRows">Cuts added by a lazy loop.</param>
    /// <param name="parameters">Limits, gap, threads, engine, start.</param>
    /// <param name="seconds">Time limit for this round, or null.</param>
    /// <param name="relax">Drop integrality (an LP).</param>
    public static SolveRound Solve(
        IReadOnlyList<Variable> variables,
        IReadOnlyList<Constraint> constraints,
        IReadOnlyList<double> cost,
        IReadOnlyList<SparseCut> extraRows,
        SolverParameters parameters,
        double? seconds,
        bool relax)
    {
        var integer = !relax && variables.Any(v => v.IsInteger);
        var round = Run(variables, constraints, cost, extraRows, parameters, seconds, integer);
        if (round.Status != SolverStatus.Infeasible || cost.All(c => c == 0))
        {
            return round;
        }

        // Presolve reports "infeasible" for "infeasible or unbounded"; the same model without costs tells which (it
        // cannot be unbounded).
        var check = Run(variables, constraints, new double[cost.Count], extraRows, parameters with { MipStart = null }, seconds, integer);
        return check.HasSolution ? round with { Status = SolverStatus.Unbounded } : round;
    }

    private static SolveRound Run(
        IReadOnlyList<Variable> variables,
        IReadOnlyList<Constraint> constraints,
        IReadOnlyList<double> cost,
        IReadOnlyList<SparseCut> extraRows,
        SolverParameters parameters,
        double? seconds,
        bool integer)
    {
        using var solver = OrToolsEngines.Create(integer ? OrToolsEngines.Id(parameters.MipEngine) : OrToolsEngines.Id(parameters.LpEngine));
        var columns = new Google.OrTools.LinearSolver.Variable[variables.Count];
        for (var j = 0; j < columns.Length; j++)
        {
            var v = variables[j];
            columns[j] = solver.MakeVar(v.LowerBound, v.UpperBound, integer && v.IsInteger, "");
        }

        var objective = solver.Objective();
        for (var j = 0; j < columns.Length; j++)
        {
            if (cost[j] != 0)
            {
                objective.SetCoefficient(columns[j], cost[j]);
            }
        }

        objective.SetMinimization();
        foreach (var row in constraints)
        {
            AddRow(solver, columns, row.LowerBound, row.UpperBound, row.Columns, row.Values);
        }

        foreach (var cut in extraRows)
        {
            var (lower, upper) = cut.Bounds();
            AddRow(solver, columns, lower, upper, cut.Indices, cut.Coefficients);
        }

        var milliseconds = seconds is { } s ? (long)Math.Ceiling(Math.Max(0.01, s) * 1000) : Timeout.Infinite;
        if (seconds is not null)
        {
            solver.SetTimeLimit(milliseconds);
        }

        if (parameters.Threads > 1)
        {
            // Engines without threads (SCIP, GLOP) refuse; the solve then runs on one.
            _ = solver.SetNumThreads(parameters.Threads);
        }

        if (integer && parameters.MipStart is { } start)
        {
            solver.SetHint(new MPVariableVector(columns), [.. start]);
        }

        using var settings = new MPSolverParameters();
        if (integer && parameters.RelativeGap is { } gap)
        {
            settings.SetDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, gap);
        }

        // Engines check their limit between steps (SCIP in presolve rarely); a watchdog interrupts them shortly after it.
        using var watchdog = new SolveWatchdog(() => solver.InterruptSolve(), milliseconds == Timeout.Infinite ? Timeout.Infinite : milliseconds + 500);
        var status = OrToolsEngines.Map(solver.Solve(settings));
        if (status is not (SolverStatus.Optimal or SolverStatus.Feasible))
        {
            var unknown = integer && status == SolverStatus.NoSolutionInTime ? Bound(solver.Objective()) : double.NaN;
            return new SolveRound(status, double.NaN, unknown, integer ? solver.Nodes() : 0, []);
        }

        var values = new double[columns.Length];
        for (var j = 0; j < values.Length; j++)
        {
            values[j] = columns[j].SolutionValue();
        }

        var value = 0.0;
        for (var j = 0; j < values.Length; j++)
        {
            value += cost[j] * values[j];
        }

        var bound = !integer || status == SolverStatus.Optimal ? value : Math.Min(value, Bound(solver.Objective()));
        return new SolveRound(status, value, bound, integer ? solver.Nodes() : 0, values);
    }

    private static double Bound(Google.OrTools.LinearSolver.Objective objective)
    {
        var b = objective.BestBound();
        return double.IsFinite(b) && Math.Abs(b) < 1e30 ? b : double.NegativeInfinity;
    }

    internal static void AddRow(
        OrSolver solver, Google.OrTools.LinearSolver.Variable[] columns, double lower, double upper, IReadOnlyList<int> indices, IReadOnlyList<double> values)
    {
        var row = solver.MakeConstraint(lower, upper);
        if (!HasDuplicates(indices))
        {
            for (var k = 0; k < indices.Count; k++)
            {
                if (values[k] != 0)
                {
                    row.SetCoefficient(columns[indices[k]], values[k]);
                }
            }

            return;
        }

        // OR-Tools overwrites a repeated coefficient; the façade sums duplicates.
        var merged = new Dictionary<int, double>();
        for (var k = 0; k < indices.Count; k++)
        {
            merged[indices[k]] = merged.GetValueOrDefault(indices[k]) + values[k];
        }

        foreach (var (column, value) in merged)
        {
            row.SetCoefficient(columns[column], value);
        }
    }

    private static bool HasDuplicates(IReadOnlyList<int> indices)
    {
        if (indices.Count <= 16)
        {
            for (var k = 1; k < indices.Count; k++)
            {
                for (var i = 0; i < k; i++)
                {
                    if (indices[i] == indices[k])
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        var seen = new HashSet<int>(indices.Count);
        foreach (var j in indices)
        {
            if (!seen.Add(j))
            {
                return true;
            }
        }

        return false;
    }
}
