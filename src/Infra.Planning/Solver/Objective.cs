namespace Infra.Planning.Solver;

/// <summary>
/// The linear objective Σ coef·x + offset of a <see cref="LinearSolver"/>; minimisation unless
/// <see cref="SetMaximization"/> is called. Coefficients default to 0.
/// </summary>
public sealed class Objective
{
    private readonly LinearSolver _solver;
    private readonly List<double> _coefficients = [];

    internal Objective(LinearSolver solver) => _solver = solver;

    public double Offset { get; private set; }

    public bool Maximization { get; private set; }

    internal List<double> Coefficients => _coefficients;

    /// <summary>Objective value of the last solve's solution (with offset, in this objective's sense).</summary>
    public double Value => _solver.LastResult?.ObjectiveValue ?? double.NaN;

    /// <summary>Best bound of the last solve (see <see cref="SolverResult.BestBound"/>).</summary>
    public double BestBound => _solver.LastResult?.BestBound ?? double.NaN;

    public void SetCoefficient(Variable variable, double coefficient)
    {
        ArgumentNullException.ThrowIfNull(variable);
        _solver.CheckOwned(variable);
        _coefficients[variable.Index] = coefficient;
    }

    public double GetCoefficient(Variable variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        return _coefficients[variable.Index];
    }

    /// <summary>Sets the coefficients of variables 0..n−1 in one go (bulk form; n ≤ number of variables).</summary>
    public void SetCoefficients(ReadOnlySpan<double> coefficients)
    {
        if (coefficients.Length > _coefficients.Count)
        {
            throw new ArgumentException(
                $"{coefficients.Length} coefficients for {_coefficients.Count} variables.", nameof(coefficients));
        }

        for (var i = 0; i < coefficients.Length; i++)
        {
            _coefficients[i] = coefficients[i];
        }
    }

    public void SetOffset(double offset) => Offset = offset;

    public void SetMinimization() => Maximization = false;

    public void SetMaximization() => Maximization = true;

    internal void AddColumn() => _coefficients.Add(0);
}
