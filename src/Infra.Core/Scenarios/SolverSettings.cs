namespace Infra.Core.Scenarios;

/// <summary>Limits for the optimiser: it stops at whichever comes first.</summary>
public sealed record SolverSettings
{
    public double TimeLimitSeconds { get; init; } = 60;

    /// <summary>Relative gap at which the solver stops (0.01 = 1 %).</summary>
    public double RelativeGap { get; init; } = 0.01;

    public int Threads { get; init; } = 2;

    /// <summary>
    /// Cheapest paths per site kept when the candidate graph is restricted (for very large instances); 0 keeps the
    /// whole graph (only exact reductions), which the default city solves to optimality within the time limit.
    /// With a restriction the plan is designed on the restricted graph and the bound proven on the whole one.
    /// </summary>
    public int PathsPerSite { get; init; }

    /// <summary>Neighbours per node in the fallback graph when no street layer is given.</summary>
    public int NearestNeighbours { get; init; } = 6;

    /// <summary>Straight-line length times this factor gives the trench length in the fallback graph.</summary>
    public double DetourFactor { get; init; } = 1.4;

    /// <summary>
    /// Street end points closer than this are merged when noding the street layer, metres; sites closer than this
    /// stand at one address and share one house connection.
    /// </summary>
    public double SnapToleranceM { get; init; } = 1.0;

    /// <summary>
    /// An existing route without access points can be tapped anywhere: street nodes within this distance of it get a
    /// tap on the route at their nearest point (joined by a trench), metres.
    /// </summary>
    public double TapReachM { get; init; } = 100;

    /// <summary>Extra taps every this many metres along routes without access points; 0 for none.</summary>
    public double TapSpacingM { get; init; }
}
