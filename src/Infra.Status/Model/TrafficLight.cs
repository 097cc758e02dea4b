namespace Infra.Status.Model;

/// <summary>Does the deadline hold? (JSON: haelt, gefaehrdet, haelt_nicht.)</summary>
public enum TrafficLight
{
    /// <summary>Every site that can be served has its own uplink by the deadline, also at the civil-works rate observed so far.</summary>
    Haelt,

    /// <summary>Every site is connected at the deadline, but some only bridged, or the observed civil-works rate would miss it.</summary>
    Gefaehrdet,

    /// <summary>Sites are neither connected nor bridged at the deadline.</summary>
    HaeltNicht,
}
