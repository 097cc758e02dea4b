namespace Infra.Core.Sites;

/// <summary>WLAN equipment of a site today.</summary>
public enum WlanState
{
    None,
    Partial,
    Full,
}
