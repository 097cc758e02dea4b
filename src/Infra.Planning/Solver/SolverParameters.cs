namespace Infra.Planning.Solver;

/// <summary>
/// Settings for one solve. Defaults: SCIP for MIPs, GLOP for LPs, no time limit, the engine's own gap, one thread,
/// log level 0 (quiet), no MIP start.
/// </summary>
public sealed record SolverParameters
{
    /// <summary>Wall-clock limit in seconds for the branch and bound; null for none. LP-only solves ignore it.</summary>
    public double? TimeLimitSeconds { get; init; }

    /// <summary>Stop when (objective − bound) / |objective| is at most this (e.g. 0.01 = 1 %); null for the engine's default.</summary>
    public double? RelativeGap { get; init; }

    /// <summary>Threads for engines that use them (HiGHS); SCIP and GLOP run on one.</summary>
    public int Threads { get; init; } = 1;

    /// <summary>0: one debug line per solve; 1 or more: also one debug line per round. Native output is always off.</summary>
    public int LogLevel { get; init; }

    /// <summary>
    /// A start solution (OR-Tools hint) as values per variable index (<see cref="Variable.Index"/>). Null for none.
    /// Length must equal the number of variables.
    /// </summary>
    public IReadOnlyList<double>? MipStart { get; init; }

    /// <summary>
    /// With a cut generator: how many times the final incumbent may be rejected by the generator and the model
    /// re-solved with the violated cuts as rows (see <see cref="ICutGenerator"/>). Default 20.
    /// </summary>
    public int MaxLazyRounds { get; init; } = 20;

    /// <summary>Engine for models with integer variables.</summary>
    public MipEngine MipEngine { get; init; } = MipEngine.Scip;

    /// <summary>Engine for LPs and relaxations.</summary>
    public LpEngine LpEngine { get; init; } = LpEngine.Glop;

    /// <summary>Lists every invalid setting; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (TimeLimitSeconds is { } t && !(t > 0))
        {
            errors.Add($"TimeLimitSeconds must be > 0 (is {t}).");
        }

        if (RelativeGap is { } g && !(g >= 0))
        {
            errors.Add($"RelativeGap must be >= 0 (is {g}).");
        }

        if (Threads < 1)
        {
            errors.Add($"Threads must be >= 1 (is {Threads}).");
        }

        if (MaxLazyRounds < 0)
        {
            errors.Add($"MaxLazyRounds must be >= 0 (is {MaxLazyRounds}).");
        }

        return errors;
    }
}
