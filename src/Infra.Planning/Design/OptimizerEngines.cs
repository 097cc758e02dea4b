using Infra.Planning.Solver;

namespace Infra.Planning.Design;

/// <summary>
/// Which OR-Tools engines the network design uses: the LP of the cutting-plane loop and the MIP of branch-and-cut.
/// The defaults are the ones measured best (docs/planning.md, "Measured": CLP did 4 cut rounds on the city where GLOP
/// did 1 and HiGHS none in the same CPU time, at about half GLOP's memory); the bench compares the others.
/// </summary>
public sealed record OptimizerEngines
{
    /// <summary>LP engine of the cutting-plane loops (design graph, whole graph, blocks).</summary>
    public LpEngine Lp { get; init; } = LpEngine.Clp;

    /// <summary>MIP engine of branch-and-cut.</summary>
    public MipEngine Mip { get; init; } = MipEngine.Scip;
}
