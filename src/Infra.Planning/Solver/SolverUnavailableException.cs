namespace Infra.Planning.Solver;

/// <summary>
/// The native MIP solver library (COIN-OR CBC, <c>libCbcSolver.so.3</c>) cannot be loaded. The message is one line
/// naming the library and the Debian package to install; the app shows it at start and exits.
/// </summary>
public sealed class SolverUnavailableException : Exception
{
    public SolverUnavailableException()
    {
    }

    public SolverUnavailableException(string message)
        : base(message)
    {
    }

    public SolverUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
