using Infra.Planning.Solver;

namespace Infra.Planning.Tests.Solver;

public sealed class CbcAvailabilityTests
{
    [Fact]
    public void Check_installedLibrary_returnsVersion()
    {
        Assert.StartsWith("2.10", CbcAvailability.Check(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_missingLibrary_throwsOneLineNamingPackage()
    {
        var error = Assert.Throws<SolverUnavailableException>(() => CbcAvailability.Check("libCbcSolverMissing.so.3"));

        Assert.Contains("libCbcSolverMissing.so.3", error.Message, StringComparison.Ordinal);
        Assert.Contains("coinor-libcbc3", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Check_libraryWithoutCbc_throws()
    {
        // libClp is a real shared library but not CBC: it must be rejected, not crash on a missing export later.
        var error = Assert.Throws<SolverUnavailableException>(() => CbcAvailability.Check("libClp.so.1"));

        Assert.StartsWith("COIN-OR CBC not found (libClp.so.1)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfiguredName_environmentVariable_overridesDefault()
    {
        // Load first: the process-wide binding is fixed at the first load and must not see the bogus name.
        CbcLibrary.EnsureLoaded();
        var previous = Environment.GetEnvironmentVariable(CbcLibrary.EnvironmentVariable);
        try
        {
            Environment.SetEnvironmentVariable(CbcLibrary.EnvironmentVariable, "/nonexistent/libCbcSolver.so.3");

            Assert.Equal("/nonexistent/libCbcSolver.so.3", CbcLibrary.ConfiguredName);
            var error = Assert.Throws<SolverUnavailableException>(() => CbcAvailability.Check(CbcLibrary.ConfiguredName));
            Assert.Contains("INFRA_CBC_LIBRARY", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(CbcLibrary.EnvironmentVariable, previous);
        }
    }
}
