using Infra.Planning.Solver;
using Microsoft.Extensions.Logging;

namespace Infra.Planning.Tests.Solver;

public sealed class LinearSolverLifetimeTests
{
    [Fact]
    public void Dispose_twice_doesNotThrowAndBlocksUse()
    {
        var solver = new LinearSolver("d");
        solver.MakeBoolVar("x");
        solver.Solve();

        solver.Dispose();
        solver.Dispose();

        Assert.Throws<ObjectDisposedException>(() => solver.Solve());
        Assert.Throws<ObjectDisposedException>(() => solver.MakeBoolVar("y"));
    }

    [Fact]
    public void Solve_manyTimes_freesNativeModels()
    {
        using var solver = new LinearSolver("repeat");
        var x = solver.MakeIntVar(0, 5, "x");
        solver.Objective().SetCoefficient(x, -1);
        var before = GC.GetTotalMemory(forceFullCollection: true);

        for (var i = 0; i < 200; i++)
        {
            Assert.Equal(-5, solver.Solve().ObjectiveValue, 9);
        }

        Assert.True(GC.GetTotalMemory(forceFullCollection: true) - before < 50_000_000);
    }

    [Fact]
    public void SolutionValue_beforeSolve_throws()
    {
        using var solver = new LinearSolver("s");
        var x = solver.MakeBoolVar("x");

        Assert.Throws<InvalidOperationException>(() => x.SolutionValue);
    }

    [Fact]
    public void SetCoefficient_variableOfOtherSolver_throws()
    {
        using var a = new LinearSolver("a");
        using var b = new LinearSolver("b");
        var x = a.MakeBoolVar("x");

        Assert.Throws<ArgumentException>(() => b.MakeConstraint(0, 1).SetCoefficient(x, 1));
    }

    [Fact]
    public void Solve_withLogLevel_logsRoundsAtDebugLevel()
    {
        var logger = new ListLogger();
        var fixture = KnapsackFixture.Random(40, 2);
        using var solver = new LinearSolver("log", new SolverParameters { LogLevel = 1 }, logger);
        var take = Enumerable.Range(0, 40).Select(i => solver.MakeBoolVar($"t{i}")).ToArray();
        solver.MakeConstraint(0, fixture.Capacity, take.Select(t => t.Index).ToArray(), fixture.Weights);
        solver.Objective().SetCoefficients(fixture.Values.Select(v => -v).ToArray());

        solver.Solve();

        Assert.Contains(logger.Lines, l => l.StartsWith("Debug Solver log: Optimal, round 1 on Scip", StringComparison.Ordinal));
        Assert.Contains(logger.Lines, l => l.StartsWith("Debug Solver log: Optimal", StringComparison.Ordinal));
        Assert.DoesNotContain(logger.Lines, l => !l.StartsWith("Debug ", StringComparison.Ordinal));
    }

    private sealed class ListLogger : ILogger
    {
        public List<string> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Lines)
            {
                Lines.Add(logLevel + " " + formatter(state, exception));
            }
        }
    }
}
