using Infra.Planning.Solver;

namespace Infra.Planning.Tests.Solver;

public sealed class LinearSolverMipTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Solve_knapsack_matchesBruteForce(int seed)
    {
        var fixture = KnapsackFixture.Random(14, seed);
        var (solver, take) = fixture.Build();
        using (solver)
        {
            var result = solver.Solve();

            Assert.Equal(SolverStatus.Optimal, result.Status);
            Assert.Equal(fixture.BruteForceOptimum(), result.ObjectiveValue, 6);
            Assert.Equal(result.ObjectiveValue, result.BestBound, 6);
            Assert.Equal(0, result.RelativeGap, 9);
            var weight = take.Sum(t => t.SolutionValue * fixture.Weights[t.Index]);
            Assert.True(weight <= fixture.Capacity + 1e-6);
            Assert.Equal(result.ObjectiveValue, take.Sum(t => t.SolutionValue * fixture.Values[t.Index]), 6);
        }
    }

    [Fact]
    public void Solve_twoThreads_matchesBruteForce()
    {
        var fixture = KnapsackFixture.Random(16, 21);
        var (solver, _) = fixture.Build(new SolverParameters { Threads = 2 });
        using (solver)
        {
            var result = solver.Solve();

            Assert.Equal(SolverStatus.Optimal, result.Status);
            Assert.Equal(fixture.BruteForceOptimum(), result.ObjectiveValue, 6);
        }
    }

    [Fact]
    public void Solve_objectiveOffset_isAdded()
    {
        using var solver = new LinearSolver("offset");
        var x = solver.MakeIntVar(0, 10, "x");
        var c = solver.MakeConstraint(2.5, double.PositiveInfinity);
        c.SetCoefficient(x, 1);
        solver.Objective().SetCoefficient(x, 2);
        solver.Objective().SetOffset(100);

        var result = solver.Solve();

        Assert.Equal(SolverStatus.Optimal, result.Status);
        Assert.Equal(3, x.SolutionValue, 9);
        Assert.Equal(106, result.ObjectiveValue, 9);
        Assert.Equal(106, result.BestBound, 9);
    }

    [Fact]
    public void Solve_infeasibleMip_reportsInfeasible()
    {
        using var solver = new LinearSolver("infeasible");
        var x = solver.MakeIntVar(0, 10, "x");
        var y = solver.MakeIntVar(0, 10, "y");
        // 2x + 2y = 3 has no integer solution though its LP relaxation is feasible.
        solver.MakeConstraint(3, 3, [x.Index, y.Index], [2.0, 2.0]);
        solver.Objective().SetCoefficient(x, 1);

        var result = solver.Solve();

        Assert.Equal(SolverStatus.Infeasible, result.Status);
        Assert.False(result.HasSolution);
        Assert.Empty(result.Values);
    }

    [Fact]
    public void Solve_unboundedMip_reportsUnbounded()
    {
        using var solver = new LinearSolver("unbounded");
        var x = solver.MakeIntVar(0, double.PositiveInfinity, "x");
        var y = solver.MakeIntVar(0, 5, "y");
        solver.MakeConstraint(1, double.PositiveInfinity, [x.Index, y.Index], [1.0, 1.0]);
        solver.Objective().SetCoefficient(x, 1);
        solver.Objective().SetMaximization();

        var result = solver.Solve();

        Assert.Equal(SolverStatus.Unbounded, result.Status);
    }

    [Fact]
    public void Solve_mipStart_isAcceptedAndNotWorsened()
    {
        var fixture = KnapsackFixture.Random(40, 7);
        var (solver, take) = fixture.Build();
        using (solver)
        {
            // A feasible start: greedily by index until the capacity is used.
            var start = new double[take.Length];
            var weight = 0.0;
            for (var i = 0; i < take.Length; i++)
            {
                if (weight + fixture.Weights[i] <= fixture.Capacity)
                {
                    start[i] = 1;
                    weight += fixture.Weights[i];
                }
            }

            var startValue = start.Select((s, i) => s * fixture.Values[i]).Sum();
            solver.Parameters = new SolverParameters { MipStart = start, TimeLimitSeconds = 10 };

            var result = solver.Solve();

            Assert.True(result.HasSolution);
            Assert.True(result.ObjectiveValue >= startValue - 1e-6);
        }
    }

    [Fact]
    public void Solve_relativeGap_stopsWithinGap()
    {
        var fixture = KnapsackFixture.Random(60, 11);
        var (solver, _) = fixture.Build(new SolverParameters { RelativeGap = 0.05 });
        using (solver)
        {
            var result = solver.Solve();

            Assert.True(result.HasSolution);
            // Maximisation: the bound is above the objective and within the requested gap.
            Assert.True(result.BestBound >= result.ObjectiveValue - 1e-6);
            Assert.True(result.RelativeGap <= 0.05 + 1e-9, $"gap {result.RelativeGap}");
            Assert.True(result.ObjectiveValue >= fixture.DantzigBound() * (1 - 0.05) - 1e-6);
        }
    }

    [Fact]
    public void Solve_parametersInvalid_throwsListingAll()
    {
        using var solver = new LinearSolver("bad", new SolverParameters { TimeLimitSeconds = -1, Threads = 0 });
        solver.MakeBoolVar("x");

        var error = Assert.Throws<ArgumentException>(() => solver.Solve());

        Assert.Contains("TimeLimitSeconds", error.Message, StringComparison.Ordinal);
        Assert.Contains("Threads", error.Message, StringComparison.Ordinal);
    }
}
