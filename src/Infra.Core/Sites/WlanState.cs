namespace Infra.Core.Sites;

/// <summary>WLAN equipment of a site today.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Infra.Core.Codes.CodeEnumConverter<WlanState>))]
public enum WlanState
{
    None,
    Partial,
    Full,
}
