using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;

namespace Infra.Planning.Solver;

/// <summary>
/// Connects an <see cref="ICutGenerator"/> to <c>Cbc_addCutCallback</c>. CBC calls <see cref="OnCut"/> with the
/// current LP (an <c>OsiSolverInterface*</c>) and the cut pool; the bridge is found again through a GCHandle passed
/// as appdata. Exceptions never cross into native code: the first one is kept, the generator is not called again,
/// and <see cref="ThrowIfFailed"/> rethrows it after the solve.
/// </summary>
internal sealed unsafe class CutCallbackBridge : IDisposable
{
    private readonly ICutGenerator _generator;
    private readonly int _columnCount;
    private readonly bool[] _isInteger;
    private readonly Lock _gate = new();
    private GCHandle _self;
    private ExceptionDispatchInfo? _failure;

    internal CutCallbackBridge(ICutGenerator generator, bool[] isInteger)
    {
        _generator = generator;
        _isInteger = isInteger;
        _columnCount = isInteger.Length;
        _self = GCHandle.Alloc(this);
    }

    internal IntPtr AppData => GCHandle.ToIntPtr(_self);

    /// <summary>Calls received from CBC.</summary>
    internal int Calls { get; private set; }

    /// <summary>Calls whose LP solution was integral on every integer column (a candidate incumbent).</summary>
    internal int IntegralCalls { get; private set; }

    /// <summary>Calls on an LP of CBC's own (a heuristic's sub-problem) with other columns than the model; no cuts for them.</summary>
    internal int ForeignLpCalls { get; private set; }

    /// <summary>Cuts handed to CBC.</summary>
    internal int CutsAdded => NativeCuts.Count;

    /// <summary>Copies of the cuts handed to CBC; they are valid rows for a later round.</summary>
    internal List<SparseCut> NativeCuts { get; } = [];

    internal static delegate* unmanaged[Cdecl]<IntPtr, IntPtr, IntPtr, void> FunctionPointer => &OnCut;

    internal void Register(IntPtr model)
    {
        var name = "infra_cuts\0"u8;
        fixed (byte* n = name)
        {
            CbcNative.Cbc_addCutCallback(model, FunctionPointer, n, AppData);
        }
    }

    internal void ThrowIfFailed() => _failure?.Throw();

    public void Dispose()
    {
        if (_self.IsAllocated)
        {
            _self.Free();
        }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void OnCut(IntPtr osiSolver, IntPtr osiCuts, IntPtr appData)
    {
        try
        {
            if (GCHandle.FromIntPtr(appData).Target is CutCallbackBridge bridge)
            {
                bridge.Generate(osiSolver, osiCuts);
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Only reached if the bridge itself fails before it can record the error; nothing may escape.
        }
    }

    private void Generate(IntPtr osiSolver, IntPtr osiCuts)
    {
        lock (_gate)
        {
            if (_failure is not null)
            {
                return;
            }

            try
            {
                Calls++;
                var n = CbcNative.Osi_getNumCols(osiSolver);
                if (n != _columnCount)
                {
                    // CBC's heuristics run sub-MIPs on reduced LPs (seen with a tight budget row): their columns are
                    // not the model's, so no cut can be named. Skipping is safe because callers repair and check every
                    // solution CBC returns (lazily separated cuts may be missing anyway).
                    ForeignLpCalls++;
                    return;
                }

                var x = new ReadOnlySpan<double>(CbcNative.Osi_getColSolution(osiSolver), n);
                if (IsIntegral(x))
                {
                    IntegralCalls++;
                }

                _generator.Generate(x, new NativeCutSink(osiCuts, n, NativeCuts));
            }
            catch (Exception ex)
            {
                _failure = ExceptionDispatchInfo.Capture(ex);
            }
        }
    }

    private bool IsIntegral(ReadOnlySpan<double> x)
    {
        for (var j = 0; j < x.Length; j++)
        {
            if (_isInteger[j] && Math.Abs(x[j] - Math.Round(x[j])) > 1e-6)
            {
                return false;
            }
        }

        return true;
    }
}
