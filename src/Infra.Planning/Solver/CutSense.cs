namespace Infra.Planning.Solver;

/// <summary>Sense of a cut Σ coef·x (sense) rhs.</summary>
public enum CutSense
{
    /// <summary>≥ rhs.</summary>
    GreaterOrEqual,

    /// <summary>≤ rhs.</summary>
    LessOrEqual,

    /// <summary>= rhs.</summary>
    Equal,
}
