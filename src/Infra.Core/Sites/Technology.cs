namespace Infra.Core.Sites;

/// <summary>How a site is connected to the city network.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Infra.Core.Codes.CodeEnumConverter<Technology>))]
public enum Technology
{
    /// <summary>Own fibre (LWL-Eigenbau).</summary>
    Fibre,

    /// <summary>Point-to-point radio link (Richtfunk) to a hub with fibre.</summary>
    Radio,

    /// <summary>Leased line (Mietleitung) of 100 Mbit/s from a carrier.</summary>
    Leased,
}
