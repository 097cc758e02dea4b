namespace Infra.Planning.Solver;

/// <summary>Passes cuts to a native <c>OsiCuts</c> pool during a CBC cut callback and keeps a managed copy.</summary>
internal sealed unsafe class NativeCutSink(IntPtr osiCuts, int columnCount, List<SparseCut> copies) : ICutSink
{
    internal int Count { get; private set; }

    public void Add(ReadOnlySpan<int> indices, ReadOnlySpan<double> coefficients, CutSense sense, double rhs)
    {
        CutValidation.Check(indices, coefficients, columnCount);
        fixed (int* idx = indices)
        fixed (double* coef = coefficients)
        {
            CbcNative.OsiCuts_addRowCut(osiCuts, indices.Length, idx, coef, CutValidation.SenseChar(sense), rhs);
        }

        copies.Add(new SparseCut(indices.ToArray(), coefficients.ToArray(), sense, rhs));
        Count++;
    }
}
