using Infra.Core.Network;
using Infra.Core.Sites;
using Infra.Planning.Instance;
using Infra.Planning.Radio;
using NetTopologySuite.Geometries;
using static Infra.Planning.Tests.Graph.GraphFixtures;

namespace Infra.Planning.Tests.Radio;

public sealed class RadioCandidateFinderTests
{
    private static readonly HashSet<int> FirstSite = [0];

    [Theory]
    [InlineData(1_000, 2)]
    [InlineData(10_000, 1)]
    [InlineData(20_000, 0)]
    public void Find_range_follows_demand(int demand, int expected)
    {
        Site[] sites = [Site("s", 0, 0)];
        HubSpec[] hubs = [Hub(0, 2_000, 0), Hub(1, 8_000, 0), Hub(2, 11_000, 0)];

        var found = new RadioCandidateFinder(DefaultCosts).Find(sites, [demand], hubs, [], FirstSite);

        Assert.Equal(expected, found.Count);
        Assert.All(found, c => Assert.Equal(LineOfSight.NotVerified, c.LineOfSight));
    }

    [Fact]
    public void Find_keeps_the_nearest_hubs_up_to_the_maximum_ordered_and_never_the_site_itself()
    {
        Site[] sites = [Site("a", 0, 0), Site("b", 50, 0)];
        var hubs = new List<HubSpec> { new(0, "a", 0, 0, 0, 6, false) };
        for (var k = 1; k <= 6; k++)
        {
            hubs.Add(Hub(k, 700 - (k * 100), 0));
        }

        hubs.Add(Hub(7, 100, 0));

        var found = new RadioCandidateFinder(DefaultCosts, maxCandidatesPerSite: 3).Find(sites, [100, 100], hubs, [], new HashSet<int> { 1, 0 });

        Assert.Equal(6, found.Count);
        Assert.Equal(new[] { 0, 0, 0, 1, 1, 1 }, found.Select(c => c.SiteIndex));
        Assert.Equal(new[] { 6, 7, 5 }, found.Take(3).Select(c => c.HubIndex));
        Assert.DoesNotContain(found, c => c.SiteIndex == 0 && c.HubIndex == 0);
        Assert.Contains(found, c => c.SiteIndex == 1 && c.HubIndex == 0);
        Assert.Equal(100, found[0].DistanceM, 6);
    }

    [Theory]
    [InlineData(30, false)]
    [InlineData(5, true)]
    public void Find_building_between_blocks_or_clears(double buildingHeight, bool clear)
    {
        Site[] sites = [Site("s", 0, 0)];
        HubSpec[] hubs = [Hub(0, 1_000, 0)];
        Obstacle[] buildings = [Building("b", 480, -20, 520, 20, buildingHeight)];

        var found = new RadioCandidateFinder(DefaultCosts).Find(sites, [1000], hubs, buildings, FirstSite);

        Assert.Equal(clear ? 1 : 0, found.Count);
        Assert.All(found, c => Assert.Equal(LineOfSight.Clear, c.LineOfSight));
    }

    [Fact]
    public void Find_blocked_hub_is_replaced_by_the_next_one()
    {
        Site[] sites = [Site("s", 0, 0)];
        HubSpec[] hubs = [Hub(0, 1_000, 0), Hub(1, 0, 2_000)];
        Obstacle[] buildings = [Building("b", 480, -20, 520, 20, 40)];

        var found = new RadioCandidateFinder(DefaultCosts, maxCandidatesPerSite: 1).Find(sites, [1000], hubs, buildings, FirstSite);

        Assert.Equal(1, Assert.Single(found).HubIndex);
    }

    [Fact]
    public void Find_ray_above_roof_but_inside_fresnel_zone_is_blocked()
    {
        // Midway over 2 km the first Fresnel radius is sqrt(0.0167 * 1000 * 1000 / 2000) = 2.89 m; 60 % of it is 1.73 m.
        Site[] sites = [Site("s", 0, 0)];
        HubSpec[] hubs = [Hub(0, 2_000, 0)];
        var finder = new RadioCandidateFinder(DefaultCosts, siteAntennaHeightM: 20);

        var below = finder.Find(sites, [1000], hubs, [Building("b", 999, -5, 1001, 5, 19)], FirstSite);
        var above = finder.Find(sites, [1000], hubs, [Building("b", 999, -5, 1001, 5, 18)], FirstSite);

        Assert.Empty(below);
        Assert.Equal(LineOfSight.Clear, Assert.Single(above).LineOfSight);
    }

    [Fact]
    public void Find_building_holding_the_antenna_is_ignored()
    {
        Site[] sites = [Site("s", 0, 0)];
        HubSpec[] hubs = [Hub(0, 1_000, 0)];

        var found = new RadioCandidateFinder(DefaultCosts).Find(sites, [1000], hubs, [Building("own", -10, -10, 10, 10, 30)], FirstSite);

        Assert.Equal(LineOfSight.Clear, Assert.Single(found).LineOfSight);
    }

    [Fact]
    public void Find_is_deterministic_for_ties()
    {
        Site[] sites = [Site("s", 0, 0)];
        HubSpec[] hubs = [Hub(0, 0, 500), Hub(1, 500, 0), Hub(2, -500, 0)];

        var found = new RadioCandidateFinder(DefaultCosts, maxCandidatesPerSite: 2).Find(sites, [100], hubs, [], FirstSite);

        Assert.Equal(new[] { 0, 1 }, found.Select(c => c.HubIndex));
    }

    private static HubSpec Hub(int index, double x, double y) => new(index, $"h{index}", -1, x, y, 6, true);

    private static Obstacle Building(string id, double x0, double y0, double x1, double y1, double height) => new()
    {
        Id = new FeatureId(id),
        Footprint = Wkt<Polygon>($"POLYGON (({x0} {y0}, {x1} {y0}, {x1} {y1}, {x0} {y1}, {x0} {y0}))"),
        HeightM = height,
    };
}
