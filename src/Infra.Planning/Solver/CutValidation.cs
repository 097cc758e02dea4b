namespace Infra.Planning.Solver;

/// <summary>Argument checks shared by the cut sinks.</summary>
internal static class CutValidation
{
    internal static void Check(ReadOnlySpan<int> indices, ReadOnlySpan<double> coefficients, int columnCount)
    {
        if (indices.Length != coefficients.Length)
        {
            throw new ArgumentException($"{indices.Length} indices but {coefficients.Length} coefficients.", nameof(coefficients));
        }

        foreach (var j in indices)
        {
            if ((uint)j >= (uint)columnCount)
            {
                throw new ArgumentOutOfRangeException(nameof(indices), j, $"Variable index outside 0..{columnCount - 1}.");
            }
        }
    }
}
