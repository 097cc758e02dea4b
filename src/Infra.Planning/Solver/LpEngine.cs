namespace Infra.Planning.Solver;

/// <summary>The OR-Tools backend for linear programs and relaxations.</summary>
public enum LpEngine
{
    /// <summary>Google's GLOP simplex (OR-Tools' "GLOP"); keeps its basis when rows are added.</summary>
    Glop,

    /// <summary>COIN-OR CLP as bundled with OR-Tools ("CLP").</summary>
    Clp,

    /// <summary>HiGHS' simplex ("HIGHS_LP").</summary>
    Highs,

    /// <summary>PDLP, the first-order primal-dual method ("PDLP"); approximate optima.</summary>
    Pdlp,
}
