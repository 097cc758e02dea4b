namespace Infra.Core.Sites;

/// <summary>The uplink a site has today.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Infra.Core.Codes.CodeEnumConverter<UplinkKind>))]
public enum UplinkKind
{
    None,
    Dsl,
    Leased,
    Radio,
    Fibre,
}
