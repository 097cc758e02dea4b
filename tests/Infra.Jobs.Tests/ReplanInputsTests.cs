using Infra.Core.Network;
using Infra.Core.Plans;
using Infra.Core.Progress;
using Infra.Core.Sites;
using Infra.Jobs.Jobs;
using NetTopologySuite.Geometries;

namespace Infra.Jobs.Tests;

/// <summary>What a re-plan fixes: started sites keep their technology, fully dug trenches become free ducts.</summary>
public sealed class ReplanInputsTests
{
    private static readonly GeometryFactory Geometry = new(new PrecisionModel(), 25832);
    private static readonly DateOnly From = new(2026, 6, 30);

    [Fact]
    public void Started_sites_are_pinned_and_dug_trenches_become_free_ducts()
    {
        var inventory = new GeoInventory
        {
            Sites = [Site("A"), Site("B"), Site("C") with { ExcludedTechnologies = new HashSet<Technology> { Technology.Radio } }],
            Streets = [Street("S1", 0, 100), Street("S2", 100, 200), Street("S3", 200, 300)],
        };
        var planned = new[] { Planned("A", PlanTechnology.Fibre), Planned("B", PlanTechnology.Radio), Planned("C", PlanTechnology.Radio) };
        var trenches = new[] { Trench("edge-1", 0, 200), Trench("edge-2", 200, 300) };
        var milestones = new[]
        {
            new SiteMilestone("A", Milestone.Tiefbau, null, null, MilestoneStatus.InArbeit),
            new SiteMilestone("B", Milestone.Genehmigung, null, From.AddDays(-5), MilestoneStatus.Erledigt),   // not built yet
            new SiteMilestone("C", Milestone.Inbetriebnahme, null, From.AddDays(-1), MilestoneStatus.Erledigt),
        };
        var progress = new[]
        {
            new TrenchProgress("edge-1", 200, From.AddDays(-3)),     // fully dug by the date
            new TrenchProgress("edge-2", 50, From.AddDays(-3)),      // half dug: still to plan
            new TrenchProgress("edge-2", 100, From.AddDays(3)),      // reported after the date: ignored
        };

        var result = ReplanInputs.Apply(inventory, planned, trenches, milestones, progress, From);

        Assert.Equal(Technology.Fibre, result.Inventory.Sites.Single(s => s.Id.Value == "A").PinnedTechnology);
        Assert.Null(result.Inventory.Sites.Single(s => s.Id.Value == "B").PinnedTechnology);
        var c = result.Inventory.Sites.Single(s => s.Id.Value == "C");
        Assert.Equal(Technology.Radio, c.PinnedTechnology);
        Assert.Empty(c.ExcludedTechnologies);
        Assert.Equal([true, true, false], result.Inventory.Streets.Select(s => s.FreeDuct));
        Assert.Equal((2, 1, 2), (result.PinnedSites, result.DugTrenches, result.DuctedStreets));
    }

    private static Site Site(string id) => new()
    {
        Id = new SiteId(id), Name = id, Kind = SiteKind.Kita, District = "Nord", Location = Geometry.CreatePoint(new Coordinate(0, 50)),
    };

    private static LineString Line(double x0, double x1) => Geometry.CreateLineString([new Coordinate(x0, 0), new Coordinate(x1, 0)]);

    private static StreetSegment Street(string id, double x0, double x1) => new() { Id = new FeatureId(id), Geometry = Line(x0, x1) };

    private static PlanTrench Trench(string id, double x0, double x1) =>
        new(id, 0, TrenchKind.Trench, x1 - x0, x1 - x0, 0, 1, null, null, [], Line(x0, x1));

    private static PlanSite Planned(string id, PlanTechnology technology) => new(
        id, id, SiteKind.Kita, "Nord", 100, technology, null, 0, 0, 0, 0, [], new PlanReason(ReasonCode.Chosen, []), null, null, 0, null, null,
        false, null, false, Geometry.CreatePoint(new Coordinate(0, 50)));
}
