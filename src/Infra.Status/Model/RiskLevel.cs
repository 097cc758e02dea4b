namespace Infra.Status.Model;

/// <summary>How badly a site is at risk (JSON: verfehlt, ueberbrueckt, gefaehrdet).</summary>
public enum RiskLevel
{
    /// <summary>Neither connected nor bridged at the deadline in the Fortschreibung.</summary>
    Verfehlt,

    /// <summary>Only bridged by an interim leased line at the deadline.</summary>
    Ueberbrueckt,

    /// <summary>On time in the Fortschreibung, but late at the observed civil-works rate or with its permit outstanding.</summary>
    Gefaehrdet,
}
