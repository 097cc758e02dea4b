using System.Runtime.InteropServices;

namespace Infra.Planning.Design;

/// <summary>P/Invoke declarations for the CLP simplex C API (Debian coinor-libclp1, a dependency of coinor-libcbc3).</summary>
internal static partial class ClpNative
{
    private const string Library = "libClp.so.1";

    [LibraryImport(Library)]
    internal static partial IntPtr Clp_newModel();

    [LibraryImport(Library)]
    internal static partial void Clp_deleteModel(IntPtr model);

    [LibraryImport(Library)]
    internal static unsafe partial void Clp_loadProblem(
        IntPtr model, int numcols, int numrows, int* start, int* index, double* value,
        double* collb, double* colub, double* obj, double* rowlb, double* rowub);

    [LibraryImport(Library)]
    internal static unsafe partial void Clp_addRows(
        IntPtr model, int number, double* rowLower, double* rowUpper, int* rowStarts, int* columns, double* elements);

    [LibraryImport(Library)]
    internal static partial int Clp_dual(IntPtr model, int ifValuesPass);

    [LibraryImport(Library)]
    internal static partial int Clp_initialSolve(IntPtr model);

    [LibraryImport(Library)]
    internal static partial int Clp_status(IntPtr model);

    [LibraryImport(Library)]
    internal static partial double Clp_objectiveValue(IntPtr model);

    [LibraryImport(Library)]
    internal static partial IntPtr Clp_primalColumnSolution(IntPtr model);

    [LibraryImport(Library)]
    internal static partial IntPtr Clp_dualColumnSolution(IntPtr model);

    [LibraryImport(Library)]
    internal static partial int Clp_numberColumns(IntPtr model);

    [LibraryImport(Library)]
    internal static partial int Clp_numberRows(IntPtr model);

    [LibraryImport(Library)]
    internal static partial void Clp_setLogLevel(IntPtr model, int value);

    [LibraryImport(Library)]
    internal static partial void Clp_setMaximumSeconds(IntPtr model, double value);
}
