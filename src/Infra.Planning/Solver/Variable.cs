namespace Infra.Planning.Solver;

/// <summary>
/// A column of a <see cref="LinearSolver"/>, created by its Make*Var methods. Bounds may be ±infinity.
/// <see cref="SolutionValue"/> reads the last solve's value.
/// </summary>
public sealed class Variable
{
    private readonly LinearSolver _solver;

    internal Variable(LinearSolver solver, int index, string name, double lowerBound, double upperBound, bool isInteger)
    {
        _solver = solver;
        Index = index;
        Name = name;
        LowerBound = lowerBound;
        UpperBound = upperBound;
        IsInteger = isInteger;
    }

    /// <summary>Position of this variable, 0-based, in creation order; indexes <see cref="SolverResult.Values"/>.</summary>
    public int Index { get; }

    public string Name { get; }

    public double LowerBound { get; private set; }

    public double UpperBound { get; private set; }

    public bool IsInteger { get; set; }

    /// <summary>Value in the last solve's solution; throws when the last solve has none.</summary>
    public double SolutionValue => _solver.ValueOf(Index);

    public void SetBounds(double lowerBound, double upperBound)
    {
        LinearSolver.CheckBounds(lowerBound, upperBound);
        LowerBound = lowerBound;
        UpperBound = upperBound;
    }

    internal bool BelongsTo(LinearSolver solver) => ReferenceEquals(_solver, solver);

    public override string ToString() => Name;
}
