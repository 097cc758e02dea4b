namespace Infra.Geo.Plausibility;

/// <summary>Distances beyond which <see cref="ImportPlausibility"/> warns.</summary>
public sealed record PlausibilityOptions
{
    /// <summary>A feature farther than this outside the extent of the other data (kilometres) is suspicious. Default 10 km.</summary>
    public double OutsideKm { get; init; } = 10;

    /// <summary>An existing id whose geometry moves farther than this (metres) by a re-import is suspicious. Default 500 m.</summary>
    public double MovedM { get; init; } = 500;
}
