using Infra.Core.Network;
using Infra.Core.Sites;
using Infra.Synthetic;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace Infra.Synthetic.Tests;

public sealed class SyntheticSiteTests(SyntheticCityFixture fixture) : IClassFixture<SyntheticCityFixture>
{
    private IReadOnlyList<Site> Sites => fixture.City.Sites;

    [Fact]
    public void Sites_stand_within_60_m_of_a_street()
    {
        var index = new STRtree<LineString>();
        foreach (var street in fixture.City.Streets)
        {
            index.Insert(street.Geometry.EnvelopeInternal, street.Geometry);
        }

        Assert.All(Sites, s => Assert.InRange(StreetNetworkTests.NearestDistance(index, s.Location), 0, 60));
    }

    [Fact]
    public void Sites_have_the_requested_count_per_kind_and_no_schools()
    {
        var counts = new SyntheticSiteCounts();

        foreach (var kind in SyntheticSiteCounts.Kinds)
        {
            Assert.Equal(counts.For(kind), Sites.Count(s => s.Kind == kind));
        }

        Assert.DoesNotContain(Sites, s => s.Kind == SiteKind.School);
    }

    [Fact]
    public void Sites_have_unique_prefixed_ids_and_unique_names()
    {
        Assert.Equal(Sites.Count, Sites.Select(s => s.Id).Distinct().Count());
        Assert.Equal(Sites.Count, Sites.Select(s => s.Name).Distinct().Count());
        Assert.Matches("^KITA-\\d{4}$", Sites.First(s => s.Kind == SiteKind.Kita).Id.Value);
        Assert.Matches("^VW-\\d{4}$", Sites.First(s => s.Kind == SiteKind.Office).Id.Value);
        Assert.Matches("^FW-\\d{4}$", Sites.First(s => s.Kind == SiteKind.FireStation).Id.Value);
        Assert.Contains(Sites, s => s.Name.StartsWith("Bürgeramt ", StringComparison.Ordinal));
        Assert.Contains(Sites, s => s.Name.StartsWith("Stadtteilbibliothek ", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_district_has_a_kita_an_office_a_fire_station_and_a_library()
    {
        foreach (var centre in DortmundInputs.Centres)
        {
            var here = Sites.Where(s => s.District == centre.Name).ToList();
            Assert.Contains(here, s => s.Kind == SiteKind.Kita);
            Assert.Contains(here, s => s.Kind == SiteKind.Office);
            Assert.Contains(here, s => s.Kind == SiteKind.FireStation);
            Assert.Contains(here, s => s.Kind == SiteKind.Library);
            Assert.Contains(here, s => s.Name == $"Bürgeramt {centre.Name}");
        }
    }

    [Fact]
    public void Districts_with_more_schools_get_more_sites()
    {
        int SitesIn(string district) => Sites.Count(s => s.District == district);

        // Innenstadt-West has 25 schools, Eving 9.
        Assert.True(SitesIn("Innenstadt-West") > 2 * SitesIn("Eving"));
    }

    [Fact]
    public void Sites_carry_plausible_uplinks_and_wlan()
    {
        var fibre = Sites.Count(s => s.CurrentUplink == UplinkKind.Fibre) / (double)Sites.Count;
        Assert.InRange(fibre, 0.05, 0.15);
        Assert.All(Sites.Where(s => s.CurrentUplink == UplinkKind.Fibre), s => Assert.Equal(1_000, s.CurrentUplinkMbps));
        Assert.All(Sites.Where(s => s.CurrentUplink == UplinkKind.Leased), s => Assert.Equal(100, s.CurrentUplinkMbps));
        Assert.True(Sites.Count(s => s.CurrentUplink == UplinkKind.Dsl) > Sites.Count / 2);
        Assert.Contains(Sites, s => s.CurrentUplink == UplinkKind.Radio);
        Assert.All(Sites.Where(s => s.Kind == SiteKind.Library), s => Assert.True(s.PublicWlan));
        Assert.All(Sites.Where(s => s.Name.StartsWith("Bürgeramt", StringComparison.Ordinal)), s => Assert.True(s.PublicWlan));
        Assert.Contains(Sites, s => s.Wlan == WlanState.Full);
    }

    [Fact]
    public void Sites_carry_sizes_priority_and_synthetic_source()
    {
        Assert.All(Sites, s =>
        {
            Assert.InRange(s.Users, 1, 400);
            Assert.InRange(s.FloorAreaM2 ?? 0, 150, 12_000);
            Assert.InRange(s.Rooms ?? 0, 2, 300);
            Assert.InRange(s.Priority, 1, 5);
            Assert.True(s.Synthetic);
            Assert.Equal("synthetisch (Infra geodata synth, Seed 2028)", s.Source);
            Assert.Equal(Srid.Etrs89Utm32, s.Location.SRID);
        });
        Assert.All(Sites.Where(s => s.Kind == SiteKind.FireStation), s => Assert.Equal(1, s.Priority));
    }
}
