namespace Infra.Planning.Solver;

/// <summary>Outcome of one native solve, in minimisation form without the objective offset.</summary>
internal sealed record CbcRound(SolverStatus Status, double Objective, double Bound, int Nodes, double[] Values)
{
    public bool HasSolution => Status is SolverStatus.Optimal or SolverStatus.Feasible;
}
