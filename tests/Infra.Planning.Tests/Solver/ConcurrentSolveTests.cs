using Infra.Planning.Schedule;
using Infra.Planning.Solver;
using Infra.Planning.Tests.Schedule;

namespace Infra.Planning.Tests.Solver;

/// <summary>
/// Solves run at the same time in one process (a server with two jobs, parallel tests): every OR-Tools solver is its
/// own native object, so nothing is shared and nothing takes turns.
/// </summary>
public sealed class ConcurrentSolveTests
{
    [Theory]
    [InlineData(MipEngine.Scip)]
    [InlineData(MipEngine.Highs)]
    public void Solve_twoMipsAtOnce_bothMatchBruteForce(MipEngine engine)
    {
        var fixtures = new[] { KnapsackFixture.Random(16, 31), KnapsackFixture.Random(16, 32) };
        using var start = new Barrier(2);
        var results = new double[2];

        Parallel.For(0, 2, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            var (solver, _) = fixtures[i].Build(new SolverParameters { MipEngine = engine });
            using (solver)
            {
                start.SignalAndWait();
                for (var round = 0; round < 5; round++)
                {
                    results[i] = solver.Solve().ObjectiveValue;
                    Assert.Equal(fixtures[i].BruteForceOptimum(), results[i], 6);
                }
            }
        });

        Assert.Equal(fixtures[0].BruteForceOptimum(), results[0], 6);
        Assert.Equal(fixtures[1].BruteForceOptimum(), results[1], 6);
    }

    [Fact]
    public void Build_twoSchedulesAtOnce_bothMatchTheEnumeratedOptimum()
    {
        // Two tiny designs whose optimum is known by enumeration (the first seeds where everything fits the horizon).
        var cases = Enumerable.Range(1, 40).Select(EnumerationTests.Tiny).Where(c => double.IsFinite(Optimum(c))).Take(2).ToArray();
        using var start = new Barrier(2);
        var figures = new ScheduleFigures[2];

        Parallel.For(0, 2, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            var (instance, design, _) = cases[i];
            start.SignalAndWait();
            figures[i] = RolloutScheduler.Build(instance, design, RolloutSchedulerTests.Tiny).Figures;
        });

        Assert.All(figures, f => Assert.Equal("optimal", f.SolverStatus));
        Assert.Equal(Optimum(cases[0]), figures[0].Objective, 6);
        Assert.Equal(Optimum(cases[1]), figures[1].Objective, 6);
    }

    private static double Optimum((Instance.PlanningInstance Instance, Instance.NetworkDesign Design, Dictionary<int, int[]> Paths) c)
    {
        var quarters = Math.Max(c.Instance.Scenario.HorizonYears * 4,
            (Quarter.FromDate(c.Instance.Scenario.Deadline) - Quarter.FromDate(c.Instance.Scenario.PlanningStart)) + 9);
        return Enumerator.Best(c.Instance, c.Design, c.Paths, quarters);
    }
}
