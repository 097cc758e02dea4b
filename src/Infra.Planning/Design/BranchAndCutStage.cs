using Infra.Planning.Solver;
using Microsoft.Extensions.Logging;

namespace Infra.Planning.Design;

/// <summary>
/// CBC branch-and-cut on the directed-cut model: base rows plus the cuts the LP loop found, column upper bounds
/// from reduced-cost fixing, and the directed-cut separator as CBC's cut generator (the façade re-checks
/// incumbents, so the returned solution satisfies every connectivity cut).
/// <para>
/// No MIP start is passed: with a cut generator attached, CBC 2.10.8 loops in the "reduced search" it runs on a
/// MIP start and ignores its time limit there (seen on a 9-site instance, seed 40 of the optimiser tests). The
/// greedy incumbent still does its work: the columns are fixed against it, and it is kept unless CBC beats it.
/// </para>
/// </summary>
internal sealed class BranchAndCutStage(NetworkDesignModel model, DirectedCutSeparator separator, ILogger logger)
{
    /// <summary>What the stage found.</summary>
    /// <param name="Solution">Column values of the best solution, or null.</param>
    /// <param name="BestBound">CBC's proven bound on the (fixed) model; −∞ when none.</param>
    /// <param name="Nodes">Branch-and-bound nodes.</param>
    /// <param name="Status">CBC status.</param>
    public sealed record Outcome(double[]? Solution, double BestBound, long Nodes, SolverStatus Status);

    public Outcome Run(
        double[] columnUpper,
        IReadOnlyList<SparseRow> cuts,
        double seconds,
        double relativeGap,
        int threads,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(columnUpper);
        ArgumentNullException.ThrowIfNull(cuts);
        cancellationToken.ThrowIfCancellationRequested();
        var m = model.Model;
        using var solver = new LinearSolver("network-design", new SolverParameters
        {
            TimeLimitSeconds = seconds,
            RelativeGap = relativeGap,
            Threads = Math.Max(1, threads),
        }, logger);
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
            "Branch-and-cut: {Status}, objective {Objective:F0}, bound {Bound:F0}, {Nodes} nodes, {Seconds:F1} s",
            result.Status, result.ObjectiveValue, result.BestBound, result.NodeCount, result.WallTime.TotalSeconds);
        var bound = double.IsNaN(result.BestBound) ? double.NegativeInfinity : result.BestBound;
        if (result.Status == SolverStatus.Infeasible)
        {
            // Nothing beats the incumbent the columns were fixed against: the incumbent is optimal.
            bound = double.PositiveInfinity;
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
