namespace Infra.Core.Network;

/// <summary>Road class of a street segment.</summary>
public enum StreetClass
{
    Arterial,
    Local,
}
