using Infra.Synthetic;

namespace Infra.Synthetic.Tests;

public sealed class CitySynthesizerTests(SyntheticCityFixture fixture) : IClassFixture<SyntheticCityFixture>
{
    [Fact]
    public void Generate_same_options_twice_gives_identical_features_in_identical_order()
    {
        var again = CitySynthesizer.Generate(DortmundInputs.Options());

        Assert.Equal(InventoryFingerprint.Lines(fixture.City), InventoryFingerprint.Lines(again));
    }

    [Fact]
    public void Generate_other_seed_gives_different_layers()
    {
        var other = CitySynthesizer.Generate(DortmundInputs.Options(seed: 7));

        var first = InventoryFingerprint.Lines(fixture.City);
        var second = InventoryFingerprint.Lines(other);
        Assert.NotEqual(first.Where(l => l.StartsWith("street", StringComparison.Ordinal)),
            second.Where(l => l.StartsWith("street", StringComparison.Ordinal)));
        Assert.NotEqual(first.Where(l => l.StartsWith("site", StringComparison.Ordinal)),
            second.Where(l => l.StartsWith("site", StringComparison.Ordinal)));
        Assert.Contains("Seed 7", other.Sites[0].Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_default_sizes_are_within_ten_per_cent_of_targets()
    {
        var city = fixture.City;

        Assert.InRange(city.Sites.Count, 630, 770);
        Assert.InRange(city.Streets.Count, 22_500, 27_500);
        Assert.InRange(city.Hubs.Count, 14, 16);
        Assert.InRange(city.Obstacles.Count, 1, 3_000);
    }

    [Fact]
    public void Generate_smaller_targets_scale_the_layers_down()
    {
        var options = DortmundInputs.Options() with
        {
            StreetSegmentTarget = 5_000,
            SiteCounts = new SyntheticSiteCounts { Kita = 24, Office = 12, FireStation = 12, Library = 12, YouthCentre = 0, SportsFacility = 0, Other = 0 },
            ObstacleCount = 0,
        };

        var city = CitySynthesizer.Generate(options);

        Assert.InRange(city.Streets.Count, 4_500, 5_500);
        Assert.Equal(60, city.Sites.Count);
        Assert.Empty(city.Obstacles);
    }

    [Fact]
    public void Generate_keeps_every_coordinate_on_the_centimetre_grid()
    {
        var city = fixture.City;
        var coordinates = city.Streets.SelectMany(s => s.Geometry.Coordinates)
            .Concat(city.Sites.Select(s => s.Location.Coordinate))
            .Concat(city.Routes.SelectMany(r => r.Geometry.Coordinates))
            .Concat(city.Obstacles.SelectMany(o => o.Footprint.Coordinates));

        Assert.All(coordinates, c =>
        {
            Assert.Equal(Math.Round(c.X, 2), c.X);
            Assert.Equal(Math.Round(c.Y, 2), c.Y);
        });
    }

    [Fact]
    public void Constructor_without_districts_names_the_problem()
    {
        var error = Assert.Throws<ArgumentException>(() => new CitySynthesizer(new SynthesisOptions()));

        Assert.Contains("Districts", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_without_schools_still_builds_a_city()
    {
        var city = CitySynthesizer.Generate(new SynthesisOptions { Districts = DortmundInputs.Centres, StreetSegmentTarget = 3_000 });

        Assert.NotEmpty(city.Streets);
        Assert.Equal(new SyntheticSiteCounts().Total, city.Sites.Count);
    }
}
