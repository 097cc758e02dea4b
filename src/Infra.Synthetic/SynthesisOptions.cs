using Infra.Core.Network;
using Infra.Core.Sites;

namespace Infra.Synthetic;

/// <summary>
/// Inputs of <see cref="CitySynthesizer"/>. All coordinates are EPSG:25832 metres. The same options always give the
/// same output, object for object and in the same order.
/// </summary>
public sealed record SynthesisOptions
{
    /// <summary>Seed of every random choice; the default is the deadline year.</summary>
    public int Seed { get; init; } = 2028;

    /// <summary>District centres; at least one. Districts are sized by their share of <see cref="Schools"/>.</summary>
    public IReadOnlyList<DistrictCentre> Districts { get; init; } = [];

    /// <summary>
    /// The real schools (EPSG:25832). Streets are laid so that they reach every school; a district's share of the
    /// schools sets its populated area and its share of the synthetic sites. May be empty (districts weigh equally).
    /// </summary>
    public IReadOnlyList<Site> Schools { get; init; } = [];

    public SyntheticSiteCounts SiteCounts { get; init; } = new();

    /// <summary>Approximate number of street segments to generate (the result is within a few per cent).</summary>
    public int StreetSegmentTarget { get; init; } = 25_000;

    /// <summary>Approximate total length of the existing LWL backbone in kilometres (ring plus spokes).</summary>
    public double BackboneTargetKm { get; init; } = 200;

    /// <summary>Number of spokes (Stichtrassen) leaving each district centre.</summary>
    public int SpokesPerDistrict { get; init; } = 3;

    public int RadioHubCount { get; init; } = 15;

    /// <summary>Number of building footprints in the obstacle layer; 0 for none.</summary>
    public int ObstacleCount { get; init; } = 1_500;

    /// <summary>East-west extent of the city outline in metres.</summary>
    public double CityWidthM { get; init; } = 21_000;

    /// <summary>North-south extent of the city outline in metres.</summary>
    public double CityHeightM { get; init; } = 16_000;

    /// <summary>Centre of the city outline; the mean of the district centres when null.</summary>
    public (double X, double Y)? CityCentre { get; init; }

    /// <summary>Source label written on every synthetic site.</summary>
    public string SourceLabel => $"synthetisch (Infra geodata synth, Seed {Seed})";

    /// <summary>Throws <see cref="ArgumentException"/> naming every bad setting and its value.</summary>
    public void Validate()
    {
        var problems = new List<string>();
        if (Districts.Count == 0)
        {
            problems.Add("Districts: at least one district centre is required");
        }

        if (StreetSegmentTarget < 100)
        {
            problems.Add($"StreetSegmentTarget: {StreetSegmentTarget} is below 100");
        }

        if (BackboneTargetKm < 0 || SpokesPerDistrict < 0 || RadioHubCount < 0 || ObstacleCount < 0)
        {
            problems.Add("BackboneTargetKm, SpokesPerDistrict, RadioHubCount, ObstacleCount: must not be negative");
        }

        if (CityWidthM < 1_000 || CityHeightM < 1_000)
        {
            problems.Add($"CityWidthM/CityHeightM: {CityWidthM}/{CityHeightM} below 1000 m");
        }

        if (SyntheticSiteCounts.Kinds.Any(k => SiteCounts.For(k) < 0))
        {
            problems.Add("SiteCounts: counts must not be negative");
        }

        var duplicate = Districts.GroupBy(d => d.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            problems.Add($"Districts: name '{duplicate.Key}' appears twice");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems), nameof(SynthesisOptions));
        }
    }
}
