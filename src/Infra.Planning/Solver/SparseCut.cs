namespace Infra.Planning.Solver;

/// <summary>A cut (or lazy row) Σ coef·x (sense) rhs over variable indices.</summary>
internal sealed record SparseCut(int[] Indices, double[] Coefficients, CutSense Sense, double Rhs)
{
    public (double Lower, double Upper) Bounds() => Sense switch
    {
        CutSense.GreaterOrEqual => (Rhs, double.PositiveInfinity),
        CutSense.LessOrEqual => (double.NegativeInfinity, Rhs),
        _ => (Rhs, Rhs),
    };

    /// <summary>How far <paramref name="x"/> violates the cut (0 when satisfied).</summary>
    public double Violation(ReadOnlySpan<double> x)
    {
        var lhs = 0.0;
        for (var k = 0; k < Indices.Length; k++)
        {
            lhs += Coefficients[k] * x[Indices[k]];
        }

        var (lower, upper) = Bounds();
        return Math.Max(Math.Max(lower - lhs, lhs - upper), 0);
    }
}
