using System.Reflection;
using System.Runtime.InteropServices;

namespace Infra.Planning.Solver;

/// <summary>
/// Loads the CBC shared library once per process. The name comes from the environment variable
/// <see cref="EnvironmentVariable"/> or defaults to <see cref="CbcNative.Library"/>. A DllImport resolver can be set
/// only once per assembly, so this resolver answers for the CBC name only and lets every other library (CLP, …)
/// fall through to the default probing.
/// </summary>
internal static class CbcLibrary
{
    internal const string EnvironmentVariable = "INFRA_CBC_LIBRARY";

    private static readonly Lock Gate = new();
    private static IntPtr _handle;
    private static bool _resolverSet;

    /// <summary>The library name or path this process loads.</summary>
    internal static string ConfiguredName =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } name ? name : CbcNative.Library;

    /// <summary>Loads the configured library or throws <see cref="SolverUnavailableException"/>.</summary>
    internal static void EnsureLoaded()
    {
        lock (Gate)
        {
            if (_handle != IntPtr.Zero)
            {
                return;
            }

            _handle = Load(ConfiguredName);
            if (!_resolverSet)
            {
                NativeLibrary.SetDllImportResolver(typeof(CbcLibrary).Assembly, Resolve);
                _resolverSet = true;
            }
        }
    }

    /// <summary>Loads <paramref name="name"/> and checks it exports the CBC C API; throws the one-line error otherwise.</summary>
    internal static IntPtr Load(string name)
    {
        if (!NativeLibrary.TryLoad(name, typeof(CbcLibrary).Assembly, DllImportSearchPath.SafeDirectories, out var handle)
            || !NativeLibrary.TryGetExport(handle, "Cbc_newModel", out _))
        {
            throw new SolverUnavailableException(
                $"COIN-OR CBC not found ({name}): install the Debian package coinor-libcbc3"
                + (name == CbcNative.Library ? "" : $" or fix {EnvironmentVariable}"));
        }

        return handle;
    }

    private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath) =>
        libraryName == CbcNative.Library ? _handle : IntPtr.Zero;
}
