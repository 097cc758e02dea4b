using Infra.Planning.Instance;

namespace Infra.Planning.Design;

/// <summary>The optimiser's design with the figures that make it defensible.</summary>
/// <param name="Design">The best design found (never worse than the greedy baseline).</param>
/// <param name="Objective">Its objective: NPV of the design in € (including the penalty for unserved sites where partial plans are allowed).</param>
/// <param name="BestBound">A valid lower bound on the objective of any design on this candidate graph, €.</param>
/// <param name="BoundLabel">What the bound is valid for, in words.</param>
/// <param name="Status">How the solve ended: "optimal" (proven), "within-target-gap" (gap at most the scenario's target), "time-limit" (stopped with a larger gap).</param>
/// <param name="Method">Which stage produced the design.</param>
/// <param name="WallSeconds">Total wall time of the optimiser, including the greedy baseline.</param>
/// <param name="Nodes">Branch-and-cut nodes the MIP engine explored (last lazy round).</param>
/// <param name="CutRounds">Rounds of the LP cutting-plane loop.</param>
/// <param name="Cuts">Directed cuts added in the LP loop.</param>
/// <param name="FixedColumns">Columns fixed to zero by reduced cost against the incumbent.</param>
/// <param name="GreedyObjective">Objective of the greedy baseline on the same instance, €.</param>
/// <param name="GreedySeconds">Wall time of the greedy baseline.</param>
public sealed record DesignOptimizerResult(
    NetworkDesign Design,
    double Objective,
    double BestBound,
    string BoundLabel,
    string Status,
    string Method,
    double WallSeconds,
    long Nodes,
    int CutRounds,
    int Cuts,
    int FixedColumns,
    double GreedyObjective,
    double GreedySeconds)
{
    /// <summary>
    /// Where the design graph was restricted: the bound proven on that restricted graph, €, which holds only for designs
    /// on it (<see cref="BestBound"/> holds for the unrestricted graph). Null when the graph was not restricted.
    /// </summary>
    public double? RestrictedBound { get; init; }

    /// <summary>Relative gap (objective − bound) / |objective|; 0 when proven optimal.</summary>
    public double Gap => Objective == 0 ? 0 : Math.Max(0, (Objective - BestBound) / Math.Abs(Objective));
}
