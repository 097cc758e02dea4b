using Infra.Core.Network;
using Infra.Synthetic;

namespace Infra.Synthetic.Tests;

public sealed class DistrictWeightsTests
{
    [Fact]
    public void Apportion_splits_the_total_exactly_in_proportion()
    {
        var shares = DistrictWeights.Apportion(10, [0.5, 0.3, 0.2], minimum: 0);

        Assert.Equal(new[] { 5, 3, 2 }, shares);
    }

    [Fact]
    public void Apportion_gives_every_district_the_minimum_when_the_total_allows()
    {
        var shares = DistrictWeights.Apportion(12, [0.9, 0.05, 0.05], minimum: 2);

        Assert.Equal(12, shares.Sum());
        Assert.All(shares, s => Assert.True(s >= 2));
    }

    [Fact]
    public void Apportion_drops_the_minimum_when_the_total_is_too_small()
    {
        var shares = DistrictWeights.Apportion(2, [0.6, 0.2, 0.2], minimum: 1);

        Assert.Equal(2, shares.Sum());
        Assert.True(shares[0] >= 1);
    }

    [Fact]
    public void FromSchools_without_schools_weighs_districts_equally()
    {
        var weights = DistrictWeights.FromSchools(DortmundInputs.Centres, []);

        Assert.All(weights, w => Assert.Equal(1.0 / 12, w, 12));
    }

    [Fact]
    public void RingTour_visits_every_centre_once_without_crossing_legs()
    {
        var tour = RingTour.Order(DortmundInputs.Centres);

        Assert.Equal(Enumerable.Range(0, 12), tour.Order());
        var centres = DortmundInputs.Centres;
        var length = tour.Select((d, k) => Distance(centres[d], centres[tour[(k + 1) % tour.Count]])).Sum();
        var inInputOrder = centres.Select((c, k) => Distance(c, centres[(k + 1) % centres.Count])).Sum();
        Assert.True(length < inInputOrder);
    }

    private static double Distance(DistrictCentre a, DistrictCentre b) => Math.Sqrt(((a.X - b.X) * (a.X - b.X)) + ((a.Y - b.Y) * (a.Y - b.Y)));
}
