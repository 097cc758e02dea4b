namespace Infra.Planning.Solver;

/// <summary>
/// A row lower ≤ Σ coef·x ≤ upper of a <see cref="LinearSolver"/>. Bounds may be ±infinity (one-sided rows).
/// <see cref="SetCoefficient"/> overwrites like OR-Tools; a zero coefficient is kept but not sent to the backend.
/// </summary>
public sealed class Constraint
{
    private const int IndexThreshold = 8;
    private readonly LinearSolver _solver;
    private readonly List<int> _columns = [];
    private readonly List<double> _values = [];
    private Dictionary<int, int>? _positions;

    internal Constraint(LinearSolver solver, int index, string name, double lowerBound, double upperBound)
    {
        _solver = solver;
        Index = index;
        Name = name;
        LowerBound = lowerBound;
        UpperBound = upperBound;
    }

    public int Index { get; }

    public string Name { get; }

    public double LowerBound { get; private set; }

    public double UpperBound { get; private set; }

    /// <summary>Number of stored terms.</summary>
    public int TermCount => _columns.Count;

    internal List<int> Columns => _columns;

    internal List<double> Values => _values;

    public void SetBounds(double lowerBound, double upperBound)
    {
        LinearSolver.CheckBounds(lowerBound, upperBound);
        LowerBound = lowerBound;
        UpperBound = upperBound;
    }

    public void SetCoefficient(Variable variable, double coefficient)
    {
        ArgumentNullException.ThrowIfNull(variable);
        _solver.CheckOwned(variable);
        var position = Find(variable.Index);
        if (position >= 0)
        {
            _values[position] = coefficient;
            return;
        }

        Append(variable.Index, coefficient);
    }

    public double GetCoefficient(Variable variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        var position = Find(variable.Index);
        return position >= 0 ? _values[position] : 0;
    }

    /// <summary>Adds terms without the overwrite lookup; a column given twice is summed when the model is built.</summary>
    internal void AppendRange(ReadOnlySpan<int> columns, ReadOnlySpan<double> values)
    {
        for (var k = 0; k < columns.Length; k++)
        {
            Append(columns[k], values[k]);
        }
    }

    private void Append(int column, double value)
    {
        _columns.Add(column);
        _values.Add(value);
        _positions?.TryAdd(column, _columns.Count - 1);
    }

    private int Find(int column)
    {
        if (_positions is null && _columns.Count > IndexThreshold)
        {
            _positions = new Dictionary<int, int>(_columns.Count * 2);
            for (var k = 0; k < _columns.Count; k++)
            {
                _positions.TryAdd(_columns[k], k);
            }
        }

        if (_positions is not null)
        {
            return _positions.TryGetValue(column, out var p) ? p : -1;
        }

        return _columns.IndexOf(column);
    }

    public override string ToString() => Name;
}
