namespace Infra.Planning.Solver;

/// <summary>Receives cuts from an <see cref="ICutGenerator"/>. Indices are <see cref="Variable.Index"/> values.</summary>
public interface ICutSink
{
    /// <summary>Adds Σ coefficients[k]·x[indices[k]] (sense) rhs. Both spans have the same length.</summary>
    void Add(ReadOnlySpan<int> indices, ReadOnlySpan<double> coefficients, CutSense sense, double rhs);
}
