using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Infra.Planning.Solver;

/// <summary>
/// One CBC solve of a <see cref="CbcProblem"/>: a fresh native model per call (the C API does not support
/// modifying a model after <c>Cbc_solve</c>), loaded in one <c>Cbc_loadProblem</c>, freed before returning.
/// </summary>
internal sealed unsafe class CbcBackend(ILogger logger)
{
    private static readonly Lock SolveGate = new();

    private const double Infinity = 1e30;

    /// <summary>Solves the problem; <paramref name="relax"/> drops integrality (CBC then runs CLP only).</summary>
    internal CbcRound Solve(CbcProblem problem, SolverParameters parameters, double? seconds, CutCallbackBridge? cuts, bool relax)
    {
        using var handle = CbcModelHandle.Create();
        var model = handle.Pointer;
        Load(model, problem);
        var integers = relax ? 0 : MarkIntegers(model, problem);
        Configure(model, parameters, seconds, cuts is not null);
        if (integers > 0 && parameters.MipStart is { } start)
        {
            SetMipStart(model, problem, start);
        }

        CbcMessageLog.Attach(model, logger);
        try
        {
            if (integers > 0)
            {
                cuts?.Register(model);
            }

            // The return code repeats Cbc_status (or LP optimality), which is read below. Cbc_solve runs CBC's
            // command-line driver (CbcMain1), which keeps state in statics: two solves at once in one process (a
            // server running two jobs, parallel tests) can disturb each other, so solves take turns.
            lock (SolveGate)
            {
                _ = CbcNative.Cbc_solve(model);
            }

            return integers > 0 ? ReadMip(model, problem) : ReadLp(model, problem, parameters);
        }
        finally
        {
            CbcMessageLog.Detach(model);
        }
    }

    private static void Load(IntPtr model, CbcProblem p)
    {
        fixed (int* start = p.Starts)
        fixed (int* index = p.RowIndex)
        fixed (double* value = p.Values)
        fixed (double* cl = Clamp(p.ColumnLower))
        fixed (double* cu = Clamp(p.ColumnUpper))
        fixed (double* obj = p.Cost)
        fixed (double* rl = Clamp(p.RowLower))
        fixed (double* ru = Clamp(p.RowUpper))
        {
            CbcNative.Cbc_loadProblem(model, p.ColumnCount, p.RowCount, start, index, value, cl, cu, obj, rl, ru);
        }
    }

    // CLP treats |bound| >= 1e30 as infinite; IEEE infinities are mapped there explicitly.
    private static double[] Clamp(double[] bounds) =>
        Array.ConvertAll(bounds, b => Math.Clamp(b, -double.MaxValue, double.MaxValue));

    private static int MarkIntegers(IntPtr model, CbcProblem p)
    {
        var count = 0;
        for (var j = 0; j < p.ColumnCount; j++)
        {
            if (p.IsInteger[j])
            {
                CbcNative.Cbc_setInteger(model, j);
                count++;
            }
        }

        return count;
    }

    private static void Configure(IntPtr model, SolverParameters parameters, double? seconds, bool hasCuts)
    {
        var level = Math.Max(0, parameters.LogLevel);
        CbcNative.Cbc_setLogLevel(model, level);
        CbcNative.Cbc_setParameter(model, "log", level.ToString(CultureInfo.InvariantCulture));
        if (seconds is { } s)
        {
            CbcNative.Cbc_setMaximumSeconds(model, s);
            CbcNative.Cbc_setParameter(model, "seconds", s.ToString("R", CultureInfo.InvariantCulture));
        }

        if (parameters.RelativeGap is { } gap)
        {
            CbcNative.Cbc_setAllowableFractionGap(model, gap);
            CbcNative.Cbc_setParameter(model, "ratioGap", gap.ToString("R", CultureInfo.InvariantCulture));
        }

        if (parameters.Threads > 1)
        {
            CbcNative.Cbc_setParameter(model, "threads", parameters.Threads.ToString(CultureInfo.InvariantCulture));
        }

        if (hasCuts)
        {
            // Preprocessing renumbers and drops columns, and the cut generator works on the original indices.
            CbcNative.Cbc_setParameter(model, "preprocess", "off");
        }
    }

    private static void SetMipStart(IntPtr model, CbcProblem p, IReadOnlyList<double> start)
    {
        var columns = new List<int>();
        var values = new List<double>();
        for (var j = 0; j < p.ColumnCount; j++)
        {
            if (p.IsInteger[j])
            {
                columns.Add(j);
                values.Add(Math.Round(start[j]));
            }
        }

        fixed (int* c = columns.ToArray())
        fixed (double* v = values.ToArray())
        {
            CbcNative.Cbc_setMIPStartI(model, columns.Count, c, v);
        }
    }

    private static CbcRound ReadMip(IntPtr model, CbcProblem p)
    {
        var status = CbcNative.Cbc_status(model);
        var secondary = CbcNative.Cbc_secondaryStatus(model);
        var hasSolution = CbcNative.Cbc_bestSolution(model) != null;
        var nodes = CbcNative.Cbc_getNodeCount(model);
        var values = hasSolution ? Copy(CbcNative.Cbc_getColSolution(model), p.ColumnCount) : [];
        var objective = hasSolution ? Dot(p.Cost, values) : double.NaN;
        var reported = CbcNative.Cbc_getBestPossibleObjValue(model);
        var bound = Math.Abs(reported) < Infinity ? reported : double.NaN;
        var mapped = CbcStatusMap.Mip(
            status, secondary, hasSolution,
            CbcNative.Cbc_isProvenOptimal(model) != 0,
            CbcNative.Cbc_isProvenInfeasible(model) != 0,
            CbcNative.Cbc_isContinuousUnbounded(model) != 0);
        if (mapped == SolverStatus.Feasible && hasSolution && !(bound < objective - CbcStatusMap.Tolerance(objective)))
        {
            mapped = SolverStatus.Optimal;
        }

        bound = mapped switch
        {
            SolverStatus.Optimal => objective,
            SolverStatus.Feasible => Math.Min(double.IsNaN(bound) ? double.NegativeInfinity : bound, objective),
            SolverStatus.NoSolutionInTime => bound,
            _ => double.NaN,
        };
        return new CbcRound(mapped, objective, bound, nodes, mapped is SolverStatus.Optimal or SolverStatus.Feasible ? values : []);
    }

    private CbcRound ReadLp(IntPtr model, CbcProblem p, SolverParameters parameters)
    {
        if (CbcNative.Cbc_isProvenOptimal(model) != 0)
        {
            var values = Copy(CbcNative.Cbc_getColSolution(model), p.ColumnCount);
            var objective = Dot(p.Cost, values);
            return new CbcRound(SolverStatus.Optimal, objective, objective, 0, values);
        }

        if (CbcNative.Cbc_isAbandoned(model) != 0 || CbcNative.Cbc_isProvenInfeasible(model) == 0)
        {
            return new CbcRound(SolverStatus.Error, double.NaN, double.NaN, 0, []);
        }

        // For LPs the C API reports primal and dual infeasibility alike; the LP is unbounded iff it is feasible,
        // which the same LP without costs tells (and an LP without costs cannot be unbounded).
        if (Array.TrueForAll(p.Cost, c => c == 0))
        {
            return new CbcRound(SolverStatus.Infeasible, double.NaN, double.NaN, 0, []);
        }

        var feasibility = new CbcProblem
        {
            ColumnLower = p.ColumnLower, ColumnUpper = p.ColumnUpper, Cost = new double[p.ColumnCount],
            IsInteger = p.IsInteger, Starts = p.Starts, RowIndex = p.RowIndex, Values = p.Values,
            RowLower = p.RowLower, RowUpper = p.RowUpper,
        };
        var check = Solve(feasibility, parameters with { MipStart = null }, null, null, relax: true);
        var status = check.Status == SolverStatus.Optimal ? SolverStatus.Unbounded : SolverStatus.Infeasible;
        return new CbcRound(status, double.NaN, double.NaN, 0, []);
    }

    private static double[] Copy(double* source, int count) =>
        source == null ? new double[count] : new ReadOnlySpan<double>(source, count).ToArray();

    private static double Dot(double[] cost, double[] x)
    {
        var sum = 0.0;
        for (var j = 0; j < cost.Length; j++)
        {
            sum += cost[j] * x[j];
        }

        return sum;
    }
}
