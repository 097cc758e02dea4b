namespace Infra.Core.Sites;

/// <summary>The uplink a site has today.</summary>
public enum UplinkKind
{
    None,
    Dsl,
    Leased,
    Radio,
    Fibre,
}
