namespace Infra.Planning.Replan;

/// <summary>The capacities the measures of an outlook start from.</summary>
public enum MeasureBasis
{
    /// <summary>No measure needed: the deadline holds.</summary>
    None,

    /// <summary>The scenario's capacities and budgets: the Fortschreibung itself misses the deadline.</summary>
    Scenario,

    /// <summary>The scenario's, with the civil-works rate observed so far: only that rate misses the deadline.</summary>
    Observed,
}
