namespace Infra.Core.Plans;

/// <summary>The codes of <see cref="PlanVerdict"/>; labels in the glossary's <c>verdict</c> domain.</summary>
public static class VerdictCodes
{
    /// <summary>Error: no tap on existing LWL and no hub with fibre, so neither own fibre nor Richtfunk is possible.</summary>
    public const string NoNetworkLayer = "no_network_layer";

    /// <summary>Error: sites need a connection and the plan serves none.</summary>
    public const string NothingServed = "nothing_served";

    /// <summary>Error: more than half of the sites that need a connection have no possible technology.</summary>
    public const string MostSitesUnservable = "most_sites_unservable";

    /// <summary>Warning: more than half could be served but are not (limits up to the deadline).</summary>
    public const string MostSitesUnserved = "most_sites_unserved";

    /// <summary>Info: Richtfunk links planned without an obstacle layer.</summary>
    public const string LineOfSightNotVerified = "line_of_sight_not_verified";

    /// <summary>Every code, most severe first.</summary>
    public static IReadOnlyList<string> All { get; } =
        [NoNetworkLayer, NothingServed, MostSitesUnservable, MostSitesUnserved, LineOfSightNotVerified];
}
