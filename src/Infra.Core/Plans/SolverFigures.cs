namespace Infra.Core.Plans;

/// <summary>How well the network design was solved, and the greedy baseline on the same instance.</summary>
/// <param name="ObjectiveEur">Objective of the returned design (NPV minus fibre bonus), €.</param>
/// <param name="BestBoundEur">Proven lower bound, €; NaN when none.</param>
/// <param name="Gap">(objective − bound) / objective, 0..1.</param>
/// <param name="BoundValidFor">What the bound is valid for (German; e.g. the whole candidate graph or a restricted model).</param>
/// <param name="Status">Solver status code (optimal, feasible, time_limit …) as the optimiser reports it.</param>
/// <param name="Method">The method that produced the design.</param>
/// <param name="WallSeconds">Wall time of the design stage.</param>
/// <param name="Nodes">Branch-and-bound nodes.</param>
/// <param name="CutRounds">Cutting-plane rounds.</param>
/// <param name="Cuts">Cuts added.</param>
/// <param name="GreedyObjectiveEur">Objective of the greedy baseline, €.</param>
/// <param name="GreedySeconds">Wall time of the greedy baseline.</param>
/// <param name="GraphNodes">Nodes of the candidate graph.</param>
/// <param name="GraphEdges">Edges of the candidate graph.</param>
/// <param name="RadioCandidates">Feasible site–hub Richtfunk pairs.</param>
[SnakeCaseJson]
public sealed record SolverFigures(
    double ObjectiveEur,
    double BestBoundEur,
    double Gap,
    string BoundValidFor,
    string Status,
    string Method,
    double WallSeconds,
    long Nodes,
    int CutRounds,
    int Cuts,
    double GreedyObjectiveEur,
    double GreedySeconds,
    int GraphNodes,
    int GraphEdges,
    int RadioCandidates)
{
    /// <summary>The plan's objective as a share of the greedy baseline's (1 when the baseline is 0); never above 1.</summary>
    public double PlanToGreedy => GreedyObjectiveEur == 0 ? 1 : ObjectiveEur / GreedyObjectiveEur;
}
