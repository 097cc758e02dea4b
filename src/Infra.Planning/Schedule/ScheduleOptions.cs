namespace Infra.Planning.Schedule;

/// <summary>
/// Settings of <see cref="RolloutScheduler"/>. The objective (docs/schedule.md) counts, per site, the quarters up to and
/// including the deadline quarter in which its own uplink is not live, weighted by priority (weight 6 − priority: 5 for
/// priority 1 … 1 for priority 5); from the deadline quarter on <see cref="MissWeight"/> × weight per quarter its own
/// uplink is late, plus, where bridged, the bridging cost in euros divided by <see cref="EuroPerPoint"/>.
/// </summary>
public sealed record ScheduleOptions
{
    /// <summary>Time limit of the whole schedule search (solver and local search), seconds; the extra-capacity search comes on top.</summary>
    public double TimeLimitSeconds { get; init; } = 30;

    /// <summary>Workers of CP-SAT (<c>num_workers</c>).</summary>
    public int Threads { get; init; } = 2;

    /// <summary>False: list scheduling only (the baseline), no CP-SAT and no local search.</summary>
    public bool UseSolver { get; init; } = true;

    /// <summary>
    /// Most list-scheduling runs of the local search (it also stops at the time limit). Below the cap the result does not
    /// depend on timing; on the city the time limit usually ends it first.
    /// </summary>
    public int MaxLocalSearchRuns { get; init; } = 5_000;

    /// <summary>Euros of (discounted) bridging cost that weigh as much as one priority point-quarter.</summary>
    public double EuroPerPoint { get; init; } = 1_000;

    /// <summary>Weight of a quarter from the deadline on in which a site's own uplink is late, relative to a quarter before it.</summary>
    public double MissWeight { get; init; } = 10;

    /// <summary>Civil-works capacity added to the scenario's, metres per quarter (what-if).</summary>
    public double ExtraTrenchMetresPerQuarter { get; init; }

    /// <summary>CAPEX budget added to every calendar year, € (what-if).</summary>
    public double ExtraBudgetPerYear { get; init; }

    /// <summary>
    /// Per site id, the first day from which its work may be scheduled (a re-plan's sites whose permit is outstanding):
    /// the site is neither dug for, installed nor live before that day's quarter. Sites not listed may start at once.
    /// Every returned schedule keeps them (the list scheduler's and CP-SAT's do), and the bounds take them into account.
    /// </summary>
    public IReadOnlyDictionary<string, DateOnly> EarliestStart { get; init; } = new Dictionary<string, DateOnly>();

    /// <summary>Whether a missed deadline triggers the search for the extra capacity and budget that would meet it.</summary>
    public bool ComputeExtraCapacity { get; init; } = true;

    /// <summary>Resolution of the extra civil-works capacity search, metres per quarter.</summary>
    public double TrenchResolutionMetres { get; init; } = 50;

    /// <summary>Resolution of the extra budget search, € per year.</summary>
    public double BudgetResolutionEuro { get; init; } = 10_000;
}
