using Infra.Core.Network;

namespace Infra.Synthetic.Tests;

public sealed class HubAndObstacleTests(SyntheticCityFixture fixture) : IClassFixture<SyntheticCityFixture>
{
    private GeoInventory City => fixture.City;

    [Fact]
    public void Hubs_with_fibre_stand_beside_the_backbone_and_others_do_not_claim_it()
    {
        Assert.Equal(15, City.Hubs.Count);
        Assert.Contains(City.Hubs, h => !h.HasFibre);
        foreach (var hub in City.Hubs.Where(h => h.HasFibre))
        {
            Assert.True(City.Routes.Min(r => r.Geometry.Distance(hub.Location)) <= 30, $"{hub.Id} is off the backbone");
        }

        Assert.All(City.Hubs, h =>
        {
            Assert.Equal(6, h.MaxLinks);
            Assert.InRange(h.HeightM, 20, 80);
            Assert.True(h.Synthetic);
        });
        Assert.Equal(City.Hubs.Count, City.Hubs.Select(h => h.Id).Distinct().Count());
    }

    [Fact]
    public void Obstacles_are_valid_counter_clockwise_footprints_of_plausible_size()
    {
        Assert.InRange(City.Obstacles.Count, 1, 3_000);
        Assert.All(City.Obstacles, o =>
        {
            Assert.True(o.Footprint.IsValid);
            Assert.InRange(o.Footprint.Area, 40, 1_000);
            Assert.InRange(o.HeightM, 6, 45);
            Assert.True(NetTopologySuite.Algorithm.Orientation.IsCCW(o.Footprint.ExteriorRing.CoordinateSequence));
        });
    }
}
