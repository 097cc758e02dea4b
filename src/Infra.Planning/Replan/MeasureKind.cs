namespace Infra.Planning.Replan;

/// <summary>A lever that could make the deadline hold for every site.</summary>
public enum MeasureKind
{
    /// <summary>More civil-works capacity: extra trench metres per quarter.</summary>
    TrenchCapacity,

    /// <summary>More CAPEX budget: extra € per calendar year.</summary>
    Budget,

    /// <summary>More Richtfunk installs per quarter.</summary>
    RadioInstalls,

    /// <summary>All three raised by the same share.</summary>
    Combined,
}
