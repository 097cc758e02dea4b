using Infra.Planning.Solver;
using Microsoft.Extensions.Logging;

namespace Infra.Planning.Design;

/// <summary>
/// Branch-and-cut on the directed-cut model through OR-Tools (SCIP by default, or HiGHS): base rows plus the cuts the
/// LP loop found, column upper bounds from reduced-cost fixing, and the directed-cut separator in the façade's
/// integer-level lazy loop (OR-Tools' .NET API has no callbacks), so the returned solution satisfies every
/// connectivity cut.
/// </summary>
internal sealed class BranchAndCutStage(NetworkDesignModel model, DirectedCutSeparator separator, ILogger logger)
{
    /// <summary>What the stage found.</summary>
    /// <param name="Solution">Column values of the best solution, or null.</param>
    /// <param name="BestBound">The engine's proven bound on the (fixed) model; −∞ when none.</param>
    /// <param name="Nodes">Branch-and-bound nodes.</param>
    /// <param name="Status">Solver status.</param>
    public sealed record Outcome(double[]? Solution, double BestBound, long Nodes, SolverStatus Status);

    public Outcome Run(
        double[] columnUpper,
        IReadOnlyList<SparseRow> cuts,
        double seconds,
        double relativeGap,
        SolverParameters parameters,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(columnUpper);
        ArgumentNullException.ThrowIfNull(cuts);
        cancellationToken.ThrowIfCancellationRequested();
        var m = model.Model;
        ArgumentNullException.ThrowIfNull(parameters);
        using var solver = new LinearSolver("network-design", parameters with { TimeLimitSeconds = Math.Max(0.5, seconds), RelativeGap = relativeGap }, logger);
        for (var j = 0; j < m.ColumnCount; j++)
        {
            solver.MakeVar(m.ColumnLower[j], Math.Min(m.ColumnUpper[j], columnUpper[j]), m.IsInteger[j], m.ColumnNames[j]);
        }

        solver.Objective().SetCoefficients(m.Objective.ToArray());
        foreach (var row in m.Rows.Concat(cuts))
        {
            solver.MakeConstraint(row.Lower, row.Upper, row.Columns, row.Coefficients);
        }

        solver.SetCutGenerator(new Generator(separator, cancellationToken));
        var result = solver.Solve();
        logger.LogInformation(
            "Branch-and-cut ({Engine}): {Status}, objective {Objective:F0}, bound {Bound:F0}, {Nodes} nodes, {Seconds:F1} s",
            parameters.MipEngine, result.Status, result.ObjectiveValue, result.BestBound, result.NodeCount, result.WallTime.TotalSeconds);
        var bound = double.IsNaN(result.BestBound) ? double.NegativeInfinity : result.BestBound;
        if (result.Status == SolverStatus.Infeasible)
        {
            // Nothing beats the incumbent the columns were fixed against: the incumbent is optimal.
            bound = double.PositiveInfinity;
        }

        // A lazy loop stopped by the clock keeps its last bound (valid: its rows are valid cuts), not its solution.
        if (result.Status == SolverStatus.NoSolutionInTime && double.IsNaN(result.BestBound))
        {
            bound = double.NegativeInfinity;
        }

        return new Outcome(result.HasSolution ? result.Values : null, bound, result.NodeCount, result.Status);
    }

    /// <summary>Adapts the separator to the solver's cut callback.</summary>
    private sealed class Generator(DirectedCutSeparator separator, CancellationToken cancellationToken) : ICutGenerator
    {
        public void Generate(ReadOnlySpan<double> lpSolution, ICutSink sink)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                return;
            }

            foreach (var cut in separator.Separate(lpSolution.ToArray(), maxCuts: 200, cancellationToken))
            {
                var sense = double.IsPositiveInfinity(cut.Upper) ? CutSense.GreaterOrEqual : CutSense.LessOrEqual;
                sink.Add(cut.Columns, cut.Coefficients, sense, sense == CutSense.GreaterOrEqual ? cut.Lower : cut.Upper);
            }
        }
    }
}
