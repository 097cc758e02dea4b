namespace Infra.Planning.Solver;

/// <summary>
/// Progress of a long optimisation stage: what it does, its share of the stage's time (0..1), and, where known, the
/// round, the incumbent and the proven bound (NaN when unknown).
/// </summary>
public readonly record struct SolverProgress(SolverPhase Phase, double Share, int Round, double Incumbent, double Bound)
{
    /// <summary>(incumbent − bound) / |incumbent|, NaN when either is unknown.</summary>
    public double Gap => double.IsFinite(Incumbent) && double.IsFinite(Bound) && Incumbent != 0
        ? Math.Max(0, (Incumbent - Bound) / Math.Abs(Incumbent))
        : double.NaN;
}
