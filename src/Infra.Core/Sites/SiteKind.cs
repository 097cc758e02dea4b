namespace Infra.Core.Sites;

/// <summary>Kind of city site. The German code (<see cref="SiteKindCodes"/>) is what files and city staff use.</summary>
public enum SiteKind
{
    School,
    Kita,
    Office,
    FireStation,
    Library,
    YouthCentre,
    SportsFacility,
    Other,
}
