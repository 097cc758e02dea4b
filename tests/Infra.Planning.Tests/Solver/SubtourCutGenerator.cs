using Infra.Planning.Solver;

namespace Infra.Planning.Tests.Solver;

/// <summary>
/// Subtour elimination for <see cref="TourFixture"/>: for every component S of the support graph that is not the
/// whole point set, Σ x(δ(S)) ≥ 2. Counts its calls and cuts.
/// </summary>
internal sealed class SubtourCutGenerator(TourFixture tour) : ICutGenerator
{
    public int Calls { get; private set; }

    public int CutsAdded { get; private set; }

    public void Generate(ReadOnlySpan<double> lpSolution, ICutSink sink)
    {
        Calls++;
        var component = tour.Components(lpSolution, 1e-6);
        foreach (var id in component.Distinct())
        {
            var inside = component.Select(c => c == id).ToArray();
            if (inside.All(b => b))
            {
                continue;
            }

            var crossing = Enumerable.Range(0, tour.Edges.Length)
                .Where(k => inside[tour.Edges[k].A] != inside[tour.Edges[k].B])
                .ToArray();
            sink.Add(crossing, Enumerable.Repeat(1.0, crossing.Length).ToArray(), CutSense.GreaterOrEqual, 2);
            CutsAdded++;
        }
    }
}
