namespace Infra.Planning.Solver;

/// <summary>One backend solve in minimisation form: status, objective (without offset), bound, nodes and values.</summary>
internal sealed record SolveRound(SolverStatus Status, double Objective, double Bound, long Nodes, double[] Values)
{
    public bool HasSolution => Status is SolverStatus.Optimal or SolverStatus.Feasible;
}
