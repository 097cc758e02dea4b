using Infra.Planning.Design;
using Infra.Planning.Tests.Support;

namespace Infra.Planning.Tests.Design;

/// <summary>
/// The bound reported when not a single LP round finishes in time (every site at its cheapest column, trenches free)
/// must never exceed the optimum found by exhaustive search.
/// </summary>
public sealed class TrivialBoundTests
{
    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 30)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void TrivialBound_tinyInstance_isFiniteAndAtMostTheExhaustiveOptimum(int seed)
    {
        var instance = TinyInstances.Random(seed, 2 + (seed % 11));
        var exact = ExhaustiveSolver.Solve(instance);

        var bound = NetworkDesignModel.Build(instance).TrivialBound();

        Assert.True(double.IsFinite(bound), $"bound {bound}");
        Assert.True(bound <= exact.Score + Math.Max(1e-3, Math.Abs(exact.Score) * 1e-6), $"bound {bound} above optimum {exact.Score}");
    }
}
