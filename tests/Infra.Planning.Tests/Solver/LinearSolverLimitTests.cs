using System.Diagnostics;
using Infra.Planning.Solver;

namespace Infra.Planning.Tests.Solver;

public sealed class LinearSolverLimitTests
{
    /// <summary>
    /// A market split instance (Cornuéjols and Dawande): few dense equality rows over binaries, with slacks so that
    /// x = 0 is feasible. Branch and bound needs far more than a second on it.
    /// </summary>
    private static LinearSolver MarketSplit(int rows, int columns, int seed, SolverParameters parameters)
    {
        var random = new Random(seed);
        var solver = new LinearSolver("market-split", parameters);
        var x = solver.MakeVarArray(columns, 0, 1, true, "x");
        for (var i = 0; i < rows; i++)
        {
            var a = Enumerable.Range(0, columns).Select(_ => (double)random.Next(0, 100)).ToArray();
            var target = Math.Floor(a.Sum() / 2);
            var over = solver.MakeNumVar(0, double.PositiveInfinity, $"over{i}");
            var under = solver.MakeNumVar(0, double.PositiveInfinity, $"under{i}");
            var row = solver.MakeConstraint(target, target, x.Select(v => v.Index).ToArray(), a, $"split{i}");
            row.SetCoefficient(over, -1);
            row.SetCoefficient(under, 1);
            solver.Objective().SetCoefficient(over, 1);
            solver.Objective().SetCoefficient(under, 1);
        }

        return solver;
    }

    [Fact]
    public void Solve_timeLimitOnHardInstance_returnsFeasibleWithValidBound()
    {
        using var solver = MarketSplit(7, 35, 3, new SolverParameters { TimeLimitSeconds = 1.5 });
        var clock = Stopwatch.StartNew();

        var result = solver.Solve();

        // The limit stops the search (the instance would run for hours); the slack covers a loaded CI machine, where
        // the other test assemblies run in parallel and wall time is several times the engine's own clock.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(90), $"took {clock.Elapsed}");
        Assert.True(result.Status is SolverStatus.Feasible or SolverStatus.NoSolutionInTime, $"{result}");
        if (result.Status == SolverStatus.Feasible)
        {
            Assert.True(result.BestBound <= result.ObjectiveValue + 1e-6, $"bound {result.BestBound} > {result.ObjectiveValue}");
            Assert.True(result.RelativeGap > 0);
            Assert.Equal(solver.NumVariables, result.Values.Length);
        }
    }
}
