namespace Infra.Planning.Solver;

/// <summary>
/// Start-up check for the CBC backend. Call <see cref="Check()"/> once when the app starts so that a missing library
/// fails with one clear line instead of at the first plan. <see cref="LinearSolver"/> performs the same check itself.
/// The library name can be overridden with the environment variable <c>INFRA_CBC_LIBRARY</c> (a name or a path).
/// </summary>
public static class CbcAvailability
{
    /// <summary>Loads CBC and returns its version string.</summary>
    /// <exception cref="SolverUnavailableException">The library is missing or is not CBC.</exception>
    public static string Check()
    {
        CbcLibrary.EnsureLoaded();
        return System.Runtime.InteropServices.Marshal.PtrToStringUTF8(CbcNative.Cbc_getVersion()) ?? "unknown";
    }

    /// <summary>Checks that <paramref name="libraryName"/> (a name or path) loads as CBC, without touching the process-wide binding.</summary>
    /// <exception cref="SolverUnavailableException">The library is missing or is not CBC.</exception>
    public static void Check(string libraryName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(libraryName);
        var handle = CbcLibrary.Load(libraryName);
        System.Runtime.InteropServices.NativeLibrary.Free(handle);
    }
}
