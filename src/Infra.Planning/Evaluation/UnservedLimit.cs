namespace Infra.Planning.Evaluation;

/// <summary>What keeps an unserved site from one technology in a given design.</summary>
public enum UnservedLimit
{
    /// <summary>Nothing: the addition fits every limit of the design.</summary>
    None,

    /// <summary>The CAPEX budget up to the deadline has less left than the addition needs.</summary>
    Budget,

    /// <summary>The civil-works capacity (trench metres) up to the deadline has less left than the path needs.</summary>
    TrenchCapacity,

    /// <summary>Every radio install up to the deadline is taken.</summary>
    RadioInstalls,

    /// <summary>Every hub in range that has fibre in the design has all its links taken.</summary>
    HubLinks,

    /// <summary>No hub in range has fibre in the design.</summary>
    NoHubWithFibre,

    /// <summary>The addition fits the limits but costs more than leaving the site unserved (the objective's penalty).</summary>
    DearerThanPenalty,
}
