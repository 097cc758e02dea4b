using Infra.Planning.Solver;

namespace Infra.Planning.Tests.Solver;

/// <summary>Seeded 0/1 knapsack instances and independent reference answers (brute force, Dantzig bound).</summary>
internal sealed record KnapsackFixture(double[] Values, double[] Weights, double Capacity)
{
    public static KnapsackFixture Random(int items, int seed)
    {
        var random = new Random(seed);
        var values = new double[items];
        var weights = new double[items];
        for (var i = 0; i < items; i++)
        {
            values[i] = random.Next(10, 100);
            weights[i] = random.Next(5, 60);
        }

        return new KnapsackFixture(values, weights, Math.Floor(weights.Sum() * 0.4));
    }

    public double BruteForceOptimum()
    {
        var best = 0.0;
        for (var mask = 0; mask < 1 << Values.Length; mask++)
        {
            double value = 0, weight = 0;
            for (var i = 0; i < Values.Length; i++)
            {
                if ((mask & (1 << i)) != 0)
                {
                    value += Values[i];
                    weight += Weights[i];
                }
            }

            if (weight <= Capacity)
            {
                best = Math.Max(best, value);
            }
        }

        return best;
    }

    /// <summary>The LP relaxation's optimum: items by value density, the last one fractionally.</summary>
    public double DantzigBound()
    {
        var left = Capacity;
        var total = 0.0;
        foreach (var i in Enumerable.Range(0, Values.Length).OrderByDescending(i => Values[i] / Weights[i]))
        {
            var take = Math.Min(1, left / Weights[i]);
            total += take * Values[i];
            left -= take * Weights[i];
            if (left <= 0)
            {
                break;
            }
        }

        return total;
    }

    public (LinearSolver Solver, Variable[] Take) Build(SolverParameters? parameters = null)
    {
        var solver = new LinearSolver("knapsack", parameters);
        var take = Enumerable.Range(0, Values.Length).Select(i => solver.MakeBoolVar($"take{i}")).ToArray();
        var capacity = solver.MakeConstraint(double.NegativeInfinity, Capacity, "capacity");
        var objective = solver.Objective();
        for (var i = 0; i < take.Length; i++)
        {
            capacity.SetCoefficient(take[i], Weights[i]);
            objective.SetCoefficient(take[i], Values[i]);
        }

        objective.SetMaximization();
        return (solver, take);
    }
}
