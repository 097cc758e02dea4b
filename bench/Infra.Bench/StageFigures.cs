namespace Infra.Bench;

/// <summary>Figures of one stage (instance, design, schedule) with one backend in one run.</summary>
/// <param name="Stage">"instance", "design" or "schedule".</param>
/// <param name="Engine">Backend, e.g. "glop+scip" for the design (LP engine of the cut loop + MIP engine), "cp-sat".</param>
/// <param name="TimeLimitSeconds">The stage's time limit (0: none).</param>
/// <param name="Seconds">Wall time.</param>
/// <param name="CpuSeconds">CPU time of the process during the stage (all threads).</param>
/// <param name="Objective">Objective of the result (€ for the design, points for the schedule), NaN when none.</param>
/// <param name="BestBound">Valid lower bound, NaN when none.</param>
/// <param name="Gap">(objective − bound) / objective.</param>
/// <param name="Status">How it ended.</param>
/// <param name="Method">What produced the result.</param>
/// <param name="PeakMemoryMb">Peak resident memory during the stage, MB.</param>
/// <param name="Details">Stage-specific figures (cut rounds, greedy, baseline …).</param>
internal sealed record StageFigures(
    string Stage,
    string Engine,
    double TimeLimitSeconds,
    double Seconds,
    double CpuSeconds,
    double Objective,
    double BestBound,
    double Gap,
    string Status,
    string Method,
    double PeakMemoryMb,
    IReadOnlyDictionary<string, object?> Details)
{
    /// <summary>Seconds past the time limit (0 when within it or without a limit).</summary>
    public double OverrunSeconds => TimeLimitSeconds > 0 ? Math.Round(Math.Max(0, Seconds - TimeLimitSeconds), 2) : 0;
}

/// <summary>What one child process measured: one instance, one design configuration, its schedules.</summary>
internal sealed record MeasureResult(string Instance, string Configuration, IReadOnlyDictionary<string, object?> Facts, IReadOnlyList<StageFigures> Stages);
