using Infra.Core.Sites;

namespace Infra.Synthetic;

/// <summary>
/// How many synthetic sites of each kind to generate. The defaults (about 700 in all) are plausible for a city of
/// 600,000 inhabitants beside its real schools. Schools are never generated: they come from real data.
/// </summary>
public sealed record SyntheticSiteCounts
{
    public int Kita { get; init; } = 300;

    public int Office { get; init; } = 120;

    public int FireStation { get; init; } = 40;

    public int Library { get; init; } = 25;

    public int YouthCentre { get; init; } = 90;

    public int SportsFacility { get; init; } = 80;

    public int Other { get; init; } = 45;

    /// <summary>The kinds the synthesizer generates, in generation order.</summary>
    public static IReadOnlyList<SiteKind> Kinds { get; } =
    [
        SiteKind.Kita, SiteKind.Office, SiteKind.FireStation, SiteKind.Library,
        SiteKind.YouthCentre, SiteKind.SportsFacility, SiteKind.Other,
    ];

    public int Total => Kinds.Sum(For);

    /// <summary>The count for a kind; 0 for <see cref="SiteKind.School"/>.</summary>
    public int For(SiteKind kind) => kind switch
    {
        SiteKind.Kita => Kita,
        SiteKind.Office => Office,
        SiteKind.FireStation => FireStation,
        SiteKind.Library => Library,
        SiteKind.YouthCentre => YouthCentre,
        SiteKind.SportsFacility => SportsFacility,
        SiteKind.Other => Other,
        _ => 0,
    };
}
