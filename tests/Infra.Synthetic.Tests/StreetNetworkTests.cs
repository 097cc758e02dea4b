using Infra.Core.Network;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace Infra.Synthetic.Tests;

public sealed class StreetNetworkTests(SyntheticCityFixture fixture) : IClassFixture<SyntheticCityFixture>
{
    private IReadOnlyList<StreetSegment> Streets => fixture.City.Streets;

    [Fact]
    public void Streets_form_one_connected_component()
    {
        var sets = new TestUnionFind<(double, double)>();
        foreach (var street in Streets)
        {
            var coordinates = street.Geometry.Coordinates;
            for (var k = 1; k < coordinates.Length; k++)
            {
                sets.Union((coordinates[k - 1].X, coordinates[k - 1].Y), (coordinates[k].X, coordinates[k].Y));
            }
        }

        Assert.Equal(1, sets.Components());
    }

    [Fact]
    public void Streets_meet_only_at_shared_end_points()
    {
        var index = new STRtree<LineString>();
        foreach (var street in Streets)
        {
            index.Insert(street.Geometry.EnvelopeInternal, street.Geometry);
        }

        var intersector = new RobustLineIntersector();
        var bad = new List<string>();
        foreach (var street in Streets)
        {
            var (a, b) = (street.Geometry.StartPoint.Coordinate, street.Geometry.EndPoint.Coordinate);
            foreach (var other in index.Query(street.Geometry.EnvelopeInternal))
            {
                if (ReferenceEquals(other, street.Geometry))
                {
                    continue;
                }

                var (c, d) = (other.StartPoint.Coordinate, other.EndPoint.Coordinate);
                intersector.ComputeIntersection(a, b, c, d);
                var atSharedEnd = intersector.IntersectionNum == 1
                    && (a.Equals2D(c) || a.Equals2D(d) || b.Equals2D(c) || b.Equals2D(d));
                if (intersector.HasIntersection && !atSharedEnd)
                {
                    bad.Add($"{street.Id} x {other}");
                }
            }
        }

        Assert.Empty(bad);
    }

    [Fact]
    public void Streets_have_unique_ids_and_no_duplicate_segments()
    {
        Assert.Equal(Streets.Count, Streets.Select(s => s.Id).Distinct().Count());
        var keys = Streets.Select(s =>
        {
            var (p, q) = (s.Geometry.StartPoint.Coordinate, s.Geometry.EndPoint.Coordinate);
            return p.CompareTo(q) < 0 ? (p.X, p.Y, q.X, q.Y) : (q.X, q.Y, p.X, p.Y);
        });
        Assert.Equal(Streets.Count, keys.Distinct().Count());
    }

    [Fact]
    public void Streets_carry_plausible_attributes()
    {
        var ductShare = Streets.Count(s => s.FreeDuct) / (double)Streets.Count;
        Assert.InRange(ductShare, 0.05, 0.10);
        Assert.Contains(Streets, s => s.Surface == SurfaceClass.Unpaved);
        Assert.Contains(Streets, s => s.Surface == SurfaceClass.MicroTrench);
        Assert.True(Streets.Count(s => s.Surface == SurfaceClass.Paved) > Streets.Count / 2);
        Assert.InRange(Streets.Count(s => s.Class == StreetClass.Arterial), 200, Streets.Count / 5);
        Assert.All(Streets, s => Assert.False(string.IsNullOrWhiteSpace(s.Name)));
        Assert.All(Streets, s => Assert.True(s.Synthetic));
        Assert.All(Streets, s => Assert.Equal(Srid.Etrs89Utm32, s.Geometry.SRID));
    }

    [Fact]
    public void Streets_have_city_block_lengths_and_fit_the_city_outline()
    {
        var mean = Streets.Where(s => s.Class == StreetClass.Local).Average(s => s.LengthM);
        Assert.InRange(mean, 110, 210);

        var all = new Envelope();
        foreach (var street in Streets)
        {
            all.ExpandToInclude(street.Geometry.EnvelopeInternal);
        }

        Assert.InRange(all.Width, 12_000, 24_000);
        Assert.InRange(all.Height, 9_000, 19_000);
    }

    [Fact]
    public void Streets_reach_the_real_schools()
    {
        var index = new STRtree<LineString>();
        foreach (var street in Streets)
        {
            index.Insert(street.Geometry.EnvelopeInternal, street.Geometry);
        }

        var distances = fixture.Options.Schools.Select(s => NearestDistance(index, s.Location)).ToList();

        Assert.All(distances, d => Assert.True(d < 100, $"school {d:F0} m from the nearest street"));
        Assert.True(distances.Count(d => d <= 30) >= 0.9 * distances.Count);
    }

    internal static double NearestDistance(STRtree<LineString> index, Point point)
    {
        var search = new Envelope(point.Coordinate);
        search.ExpandBy(150);
        return index.Query(search).Select(l => l.Distance(point)).DefaultIfEmpty(double.MaxValue).Min();
    }
}
