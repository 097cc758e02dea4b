using Infra.Planning.Solver;

namespace Infra.Planning.Tests.Solver;

public sealed class SolverCutCallbackTests
{
    private static readonly TourFixture Tour = new(4, 5);

    [Fact]
    public void Solve_withoutCuts_returnsSubtoursShorterThanTour()
    {
        using var solver = Tour.Build();

        var result = solver.Solve();

        Assert.Equal(SolverStatus.Optimal, result.Status);
        Assert.True(Tour.Components(result.Values, 0.5).Distinct().Count() > 1);
        Assert.True(result.ObjectiveValue < Tour.BruteForceTour() - 1e-6);
    }

    [Fact]
    public void Solve_withSubtourCallback_returnsOptimalTour()
    {
        using var solver = Tour.Build();
        var generator = new SubtourCutGenerator(Tour);
        solver.SetCutGenerator(generator);

        var result = solver.Solve();

        Assert.Equal(SolverStatus.Optimal, result.Status);
        Assert.Single(Tour.Components(result.Values, 0.5).Distinct());
        Assert.Equal(Tour.BruteForceTour(), result.ObjectiveValue, 6);
        Assert.True(result.BestBound <= result.ObjectiveValue + 1e-6);
        Assert.True(generator.CutsAdded > 0);
    }

    [Fact]
    public void SolveRelaxation_withSubtourCallback_runsCuttingPlaneLoop()
    {
        using var solver = Tour.Build();
        var plain = solver.SolveRelaxation();
        solver.SetCutGenerator(new SubtourCutGenerator(Tour));

        var cut = solver.SolveRelaxation();

        Assert.Equal(SolverStatus.Optimal, cut.Status);
        Assert.True(cut.ObjectiveValue > plain.ObjectiveValue + 1e-6);
        Assert.True(cut.ObjectiveValue <= Tour.BruteForceTour() + 1e-6);
        Assert.Single(Tour.Components(cut.Values, 1e-6).Distinct());
    }

    [Fact]
    public void Solve_mipStartViolatingCuts_isRejectedByLazyCheck()
    {
        using var plain = Tour.Build();
        var subtours = plain.Solve().Values;
        using var solver = Tour.Build(new SolverParameters { MipStart = subtours, MaxLazyRounds = 0 });
        solver.SetCutGenerator(new SubtourCutGenerator(Tour));

        // The hint is the optimum of the model without cuts, so the first round returns subtours (documented on ICutGenerator).
        var withoutLazyRounds = solver.Solve();
        solver.Parameters = solver.Parameters with { MaxLazyRounds = 20 };
        var withLazyRounds = solver.Solve();

        Assert.Equal(SolverStatus.NoSolutionInTime, withoutLazyRounds.Status);
        Assert.Equal(SolverStatus.Optimal, withLazyRounds.Status);
        Assert.Single(Tour.Components(withLazyRounds.Values, 0.5).Distinct());
        Assert.Equal(Tour.BruteForceTour(), withLazyRounds.ObjectiveValue, 6);
        Assert.True(solver.LastCutStatistics.LazyRounds > 0);
    }

    [Fact]
    public void Solve_uniformTour_callbackSeesFractionalLpsAndResultIsTour()
    {
        var tour = new TourFixture(5, 4, clusterOffset: 0);
        using var solver = tour.Build();
        solver.SetCutGenerator(new SubtourCutGenerator(tour));

        var result = solver.Solve();

        Assert.Equal(SolverStatus.Optimal, result.Status);
        Assert.Single(tour.Components(result.Values, 0.5).Distinct());
        Assert.Equal(tour.BruteForceTour(), result.ObjectiveValue, 6);
    }

    [Fact]
    public void Solve_generatorThrows_exceptionRethrownAfterSolve()
    {
        using var solver = Tour.Build();
        solver.SetCutGenerator(new ThrowingGenerator());

        var error = Assert.Throws<InvalidOperationException>(() => solver.Solve());

        Assert.Equal("generator failed", error.Message);
    }

    private sealed class ThrowingGenerator : ICutGenerator
    {
        public void Generate(ReadOnlySpan<double> lpSolution, ICutSink sink) => throw new InvalidOperationException("generator failed");
    }
}
