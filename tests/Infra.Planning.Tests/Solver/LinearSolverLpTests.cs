using Infra.Planning.Solver;

namespace Infra.Planning.Tests.Solver;

public sealed class LinearSolverLpTests
{
    [Fact]
    public void Solve_lp_returnsVertexComputedByHand()
    {
        // max 3x + 2y s.t. x + y ≤ 4, x + 3y ≤ 6, x ≤ 3: the rows x ≤ 3 and x + y ≤ 4 meet at (3, 1), value 11.
        using var solver = new LinearSolver("lp");
        var x = solver.MakeNumVar(0, 3, "x");
        var y = solver.MakeNumVar(0, double.PositiveInfinity, "y");
        var c1 = solver.MakeConstraint(double.NegativeInfinity, 4, "c1");
        c1.SetCoefficient(x, 1);
        c1.SetCoefficient(y, 1);
        solver.MakeConstraint(double.NegativeInfinity, 6, [x.Index, y.Index], [1.0, 3.0], "c2");
        solver.Objective().SetCoefficient(x, 3);
        solver.Objective().SetCoefficient(y, 2);
        solver.Objective().SetMaximization();

        var result = solver.Solve();

        Assert.Equal(SolverStatus.Optimal, result.Status);
        Assert.Equal(11, result.ObjectiveValue, 9);
        Assert.Equal(11, result.BestBound, 9);
        Assert.Equal(3, x.SolutionValue, 9);
        Assert.Equal(1, y.SolutionValue, 9);
    }

    [Fact]
    public void Solve_infeasibleLp_reportsInfeasible()
    {
        using var solver = new LinearSolver("lp");
        var x = solver.MakeNumVar(0, 1, "x");
        solver.MakeConstraint(2, double.PositiveInfinity, [x.Index], [1.0]);

        Assert.Equal(SolverStatus.Infeasible, solver.Solve().Status);
    }

    [Fact]
    public void Solve_unboundedLp_reportsUnbounded()
    {
        using var solver = new LinearSolver("lp");
        var x = solver.MakeNumVar(0, double.PositiveInfinity, "x");
        var y = solver.MakeNumVar(0, double.PositiveInfinity, "y");
        solver.MakeConstraint(double.NegativeInfinity, 1, [x.Index, y.Index], [1.0, -1.0]);
        solver.Objective().SetCoefficient(x, -1);

        Assert.Equal(SolverStatus.Unbounded, solver.Solve().Status);
    }

    [Fact]
    public void SolveRelaxation_knapsack_equalsDantzigBound()
    {
        var fixture = KnapsackFixture.Random(30, 4);
        var (solver, take) = fixture.Build();
        using (solver)
        {
            var result = solver.SolveRelaxation();

            Assert.Equal(SolverStatus.Optimal, result.Status);
            Assert.Equal(fixture.DantzigBound(), result.ObjectiveValue, 6);
            Assert.Equal(result.ObjectiveValue, result.BestBound, 9);
            Assert.Contains(take, t => t.SolutionValue is > 1e-6 and < 1 - 1e-6);
        }
    }

    [Fact]
    public void Solve_duplicateTermsInBulkRow_areSummed()
    {
        using var solver = new LinearSolver("lp");
        var x = solver.MakeNumVar(0, 10, "x");
        solver.MakeConstraint(double.NegativeInfinity, 6, [x.Index, x.Index], [1.0, 2.0]);
        solver.Objective().SetCoefficient(x, 1);
        solver.Objective().SetMaximization();

        Assert.Equal(2, solver.Solve().ObjectiveValue, 9);
    }

    [Fact]
    public void Solve_largeBulkLp_solvesWithinSeconds()
    {
        // 100k columns, 50k rows x[2i] + x[2i+1] ≥ 1 with costs 1 and 2: the optimum takes every even column.
        const int rows = 50_000;
        using var solver = new LinearSolver("large");
        var x = solver.MakeVarArray(2 * rows, 0, 1, false, "x");
        var costs = new double[2 * rows];
        for (var i = 0; i < rows; i++)
        {
            solver.MakeConstraint(1, double.PositiveInfinity, [2 * i, 2 * i + 1], [1.0, 1.0]);
            costs[2 * i] = 1;
            costs[2 * i + 1] = 2;
        }

        solver.Objective().SetCoefficients(costs);

        var result = solver.Solve();

        Assert.Equal(SolverStatus.Optimal, result.Status);
        Assert.Equal(rows, result.ObjectiveValue, 6);
        Assert.Equal(1, x[0].SolutionValue, 9);
        Assert.True(result.WallTime < TimeSpan.FromSeconds(30), $"{result.WallTime}");
    }
}
