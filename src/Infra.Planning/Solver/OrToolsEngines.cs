using Google.OrTools.LinearSolver;

namespace Infra.Planning.Solver;

/// <summary>
/// Creates OR-Tools solvers by engine, always with native output suppressed (nothing native may print to stdout;
/// the façade logs what it needs at debug level).
/// </summary>
internal static class OrToolsEngines
{
    public static string Id(MipEngine engine) => engine switch
    {
        MipEngine.Highs => "HIGHS",
        _ => "SCIP",
    };

    public static string Id(LpEngine engine) => engine switch
    {
        LpEngine.Clp => "CLP",
        LpEngine.Highs => "HIGHS_LP",
        LpEngine.Pdlp => "PDLP",
        _ => "GLOP",
    };

    /// <summary>A fresh, silent OR-Tools solver for <paramref name="id"/>.</summary>
    /// <exception cref="SolverUnavailableException">OR-Tools' native library or this engine is not available.</exception>
    public static Google.OrTools.LinearSolver.Solver Create(string id)
    {
        Google.OrTools.LinearSolver.Solver? solver;
        try
        {
            solver = Google.OrTools.LinearSolver.Solver.CreateSolver(id);
        }
        catch (Exception ex) when (ex is DllNotFoundException or TypeInitializationException or BadImageFormatException)
        {
            throw new SolverUnavailableException(
                $"Google OR-Tools native library could not be loaded ({ex.GetBaseException().Message}); the package Google.OrTools.runtime.linux-x64 must be deployed beside the app", ex);
        }

        if (solver is null)
        {
            throw new SolverUnavailableException($"OR-Tools has no solver '{id}' in this build");
        }

        solver.SuppressOutput();
        if (id.StartsWith("HIGHS", StringComparison.Ordinal))
        {
            // HiGHS prints its banner to stdout despite SuppressOutput; its own flag silences it. (OR-Tools reports the
            // HiGHS parameter string as not applied, yet it is: measured, the banner is gone.)
            _ = solver.SetSolverSpecificParametersAsString("output_flag=false");
        }

        return solver;
    }

    /// <summary>Maps OR-Tools' result status; time limits without a solution are <see cref="SolverStatus.NoSolutionInTime"/>.</summary>
    public static SolverStatus Map(Google.OrTools.LinearSolver.Solver.ResultStatus status) => status switch
    {
        Google.OrTools.LinearSolver.Solver.ResultStatus.OPTIMAL => SolverStatus.Optimal,
        Google.OrTools.LinearSolver.Solver.ResultStatus.FEASIBLE => SolverStatus.Feasible,
        Google.OrTools.LinearSolver.Solver.ResultStatus.INFEASIBLE => SolverStatus.Infeasible,
        Google.OrTools.LinearSolver.Solver.ResultStatus.UNBOUNDED => SolverStatus.Unbounded,
        Google.OrTools.LinearSolver.Solver.ResultStatus.NOT_SOLVED => SolverStatus.NoSolutionInTime,
        _ => SolverStatus.Error,
    };

    /// <summary>Finite bounds for OR-Tools (it reads ±infinity as such; NaN is never passed).</summary>
    public static double Finite(double bound) => double.IsNaN(bound) ? 0 : bound;
}
