namespace Infra.Core.Network;

/// <summary>Result of the line-of-sight check of a Richtfunk pair; its codes are clear, not_verified, blocked.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Infra.Core.Codes.CodeEnumConverter<LineOfSight>))]
public enum LineOfSight
{
    /// <summary>No obstacle layer was given: within range, but not verified.</summary>
    NotVerified,

    /// <summary>Checked against the obstacle layer: clear (first Fresnel zone clearance where heights allow).</summary>
    Clear,

    /// <summary>Checked and blocked; such pairs are not candidates.</summary>
    Blocked,
}
