namespace Infra.Core.Sites;

/// <summary>Kind of city site. The German code (<see cref="SiteKindCodes"/>) is what files and city staff use.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(SiteKindJsonConverter))]
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
