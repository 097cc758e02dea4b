using System.Runtime.InteropServices;

namespace Infra.Planning.Solver;

/// <summary>
/// P/Invoke declarations for the COIN-OR CBC 2.10 C API (<c>Cbc_C_Interface.h</c>, Debian coinor-libcbc3).
/// CoinBigIndex is <c>int</c> in the Debian build. The library is resolved by <see cref="CbcLibrary"/>.
/// </summary>
internal static unsafe partial class CbcNative
{
    internal const string Library = "libCbcSolver.so.3";

    [LibraryImport(Library)]
    internal static partial IntPtr Cbc_newModel();

    [LibraryImport(Library)]
    internal static partial void Cbc_deleteModel(IntPtr model);

    [LibraryImport(Library)]
    internal static partial IntPtr Cbc_getVersion();

    [LibraryImport(Library)]
    internal static partial void Cbc_loadProblem(
        IntPtr model, int numcols, int numrows, int* start, int* index, double* value,
        double* collb, double* colub, double* obj, double* rowlb, double* rowub);

    [LibraryImport(Library)]
    internal static partial void Cbc_addCol(
        IntPtr model, byte* name, double lb, double ub, double obj, byte isInteger, int nz, int* rows, double* coefs);

    [LibraryImport(Library)]
    internal static partial void Cbc_addRow(IntPtr model, byte* name, int nz, int* cols, double* coefs, byte sense, double rhs);

    [LibraryImport(Library)]
    internal static partial void Cbc_setInteger(IntPtr model, int column);

    [LibraryImport(Library)]
    internal static partial void Cbc_setObjSense(IntPtr model, double sense);

    [LibraryImport(Library)]
    internal static partial void Cbc_setMIPStartI(IntPtr model, int count, int* colIdxs, double* colValues);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void Cbc_setParameter(IntPtr model, string name, string value);

    [LibraryImport(Library)]
    internal static partial void Cbc_setMaximumSeconds(IntPtr model, double maxSeconds);

    [LibraryImport(Library)]
    internal static partial void Cbc_setAllowableFractionGap(IntPtr model, double gap);

    [LibraryImport(Library)]
    internal static partial void Cbc_setLogLevel(IntPtr model, int logLevel);

    [LibraryImport(Library)]
    internal static partial void Cbc_registerCallBack(
        IntPtr model,
        delegate* unmanaged[Cdecl]<IntPtr, int, int, double*, int, int*, int, byte**, void> callback);

    [LibraryImport(Library)]
    internal static partial void Cbc_clearCallBack(IntPtr model);

    [LibraryImport(Library)]
    internal static partial void Cbc_addCutCallback(
        IntPtr model, delegate* unmanaged[Cdecl]<IntPtr, IntPtr, IntPtr, void> callback, byte* name, IntPtr appData);

    [LibraryImport(Library)]
    internal static partial int Cbc_solve(IntPtr model);

    [LibraryImport(Library)]
    internal static partial int Cbc_status(IntPtr model);

    [LibraryImport(Library)]
    internal static partial int Cbc_secondaryStatus(IntPtr model);

    [LibraryImport(Library)]
    internal static partial int Cbc_isProvenOptimal(IntPtr model);

    [LibraryImport(Library)]
    internal static partial int Cbc_isProvenInfeasible(IntPtr model);

    [LibraryImport(Library)]
    internal static partial int Cbc_isContinuousUnbounded(IntPtr model);

    [LibraryImport(Library)]
    internal static partial int Cbc_isAbandoned(IntPtr model);

    [LibraryImport(Library)]
    internal static partial int Cbc_isSecondsLimitReached(IntPtr model);

    [LibraryImport(Library)]
    internal static partial double Cbc_getObjValue(IntPtr model);

    [LibraryImport(Library)]
    internal static partial double Cbc_getBestPossibleObjValue(IntPtr model);

    [LibraryImport(Library)]
    internal static partial double* Cbc_getColSolution(IntPtr model);

    [LibraryImport(Library)]
    internal static partial double* Cbc_bestSolution(IntPtr model);

    [LibraryImport(Library)]
    internal static partial int Cbc_getNumCols(IntPtr model);

    [LibraryImport(Library)]
    internal static partial int Cbc_getNodeCount(IntPtr model);

    [LibraryImport(Library)]
    internal static partial int Osi_getNumCols(IntPtr osi);

    [LibraryImport(Library)]
    internal static partial double* Osi_getColSolution(IntPtr osi);

    [LibraryImport(Library)]
    internal static partial void OsiCuts_addRowCut(IntPtr osiCuts, int nz, int* idx, double* coef, byte sense, double rhs);
}
