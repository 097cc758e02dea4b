namespace Infra.Synthetic;

/// <summary>
/// Inputs of <see cref="StateSynthesizer"/>: a state-sized area (EPSG:25832 metres) with towns of Zipf-distributed size,
/// a sparse LWL backbone (a ring through the largest towns and spokes to the next ones, without access points),
/// Richtfunk masts with fibre and no street layer. The same options always give the same output.
/// </summary>
public sealed record StateSynthesisOptions
{
    public int Seed { get; init; } = 2028;

    /// <summary>Number of sites (schools and other public buildings).</summary>
    public int SiteCount { get; init; } = 5_000;

    /// <summary>East-west extent, metres.</summary>
    public double WidthM { get; init; } = 250_000;

    /// <summary>North-south extent, metres.</summary>
    public double HeightM { get; init; } = 200_000;

    /// <summary>South-west corner (EPSG:25832); the default lies over North Rhine-Westphalia.</summary>
    public (double X, double Y) Origin { get; init; } = (280_000, 5_600_000);

    public int TownCount { get; init; } = 60;

    /// <summary>Share of the sites spread over the open country instead of a town.</summary>
    public double RuralShare { get; init; } = 0.15;

    /// <summary>Share of the sites that are schools (1 Gbit/s by the default rule); the rest are Kitas, offices and others.</summary>
    public double SchoolShare { get; init; } = 0.8;

    /// <summary>Share of the sites that stand at the address of another site (same coordinates).</summary>
    public double SharedAddressShare { get; init; } = 0.01;

    /// <summary>Largest towns joined by the backbone ring.</summary>
    public int RingTowns { get; init; } = 12;

    /// <summary>Next-largest towns joined to the ring by a spoke.</summary>
    public int SpokeTowns { get; init; } = 10;

    /// <summary>Distance between the backbone's vertices, metres.</summary>
    public double VertexSpacingM { get; init; } = 2_000;

    /// <summary>Richtfunk masts with fibre: at the largest town centres, then along the backbone.</summary>
    public int HubCount { get; init; } = 36;

    /// <summary>Throws <see cref="ArgumentException"/> naming every bad setting and its value.</summary>
    public void Validate()
    {
        var problems = new List<string>();
        if (SiteCount < 1)
        {
            problems.Add($"SiteCount: {SiteCount} is below 1");
        }

        if (WidthM < 10_000 || HeightM < 10_000)
        {
            problems.Add($"WidthM/HeightM: {WidthM}/{HeightM} below 10000 m");
        }

        if (TownCount < 3 || RingTowns < 3 || RingTowns > TownCount || SpokeTowns < 0 || RingTowns + SpokeTowns > TownCount)
        {
            problems.Add($"TownCount/RingTowns/SpokeTowns: {TownCount}/{RingTowns}/{SpokeTowns} (need 3 ≤ ring, ring + spokes ≤ towns)");
        }

        if (RuralShare is < 0 or > 1 || SchoolShare is < 0 or > 1 || SharedAddressShare is < 0 or > 0.5)
        {
            problems.Add($"RuralShare/SchoolShare/SharedAddressShare: {RuralShare}/{SchoolShare}/{SharedAddressShare} out of range");
        }

        if (VertexSpacingM < 10 || HubCount < 0)
        {
            problems.Add($"VertexSpacingM/HubCount: {VertexSpacingM}/{HubCount} (spacing at least 10 m, hubs not negative)");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid state synthesis options: " + string.Join("; ", problems));
        }
    }
}
