namespace Infra.Planning.Solver;

/// <summary>Collects cuts in managed memory (used to check a final incumbent against the generator).</summary>
internal sealed class CollectingCutSink(int columnCount) : ICutSink
{
    internal List<SparseCut> Cuts { get; } = [];

    public void Add(ReadOnlySpan<int> indices, ReadOnlySpan<double> coefficients, CutSense sense, double rhs)
    {
        CutValidation.Check(indices, coefficients, columnCount);
        Cuts.Add(new SparseCut(indices.ToArray(), coefficients.ToArray(), sense, rhs));
    }
}
