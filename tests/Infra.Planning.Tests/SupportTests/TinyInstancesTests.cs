using Infra.Core.Sites;
using Infra.Planning.Graph;
using Infra.Planning.Instance;
using Infra.Planning.Tests.Support;

namespace Infra.Planning.Tests.SupportTests;

public sealed class TinyInstancesTests
{
    /// <summary>Everything that defines an instance, as text, for comparing two builds.</summary>
    private static string Fingerprint(PlanningInstance instance)
    {
        var parts = new List<string>
        {
            $"{instance.Scenario.Name} {instance.Scenario.Policies.AllowPartialPlan} {instance.Scenario.Policies.FibreBonus:R}",
            $"{instance.TrenchMetresUntilDeadline:R} {instance.CapexBudgetUntilDeadline:R} {instance.RadioInstallsUntilDeadline} {instance.PassiveNpvFactor:R}",
        };
        parts.AddRange(instance.Graph.Nodes.Select(n => n.ToString()));
        parts.AddRange(instance.Graph.Edges.Select(e => $"{e.From}-{e.To} {e.LengthM:R} {e.TrenchMetres:R} {e.CapexEuro:R} {e.Kind}"));
        parts.AddRange(instance.Sites.Select(s =>
            $"{s.Site.Id} {s.Site.Kind} {s.Site.Location.X:R} {s.Site.Location.Y:R} {s.DemandMbps} {s.KeepsCurrentUplink} "
            + string.Join(",", s.Options.Select(o => $"{o.Technology}:{o.NpvEuro:R}"))));
        parts.AddRange(instance.Hubs.Select(h => h.ToString()));
        parts.AddRange(instance.RadioCandidates.Select(c => c.ToString()));
        return string.Join('\n', parts);
    }

    [Fact]
    public void Random_is_deterministic_per_seed()
    {
        for (var seed = 0; seed < 10; seed++)
        {
            Assert.Equal(Fingerprint(TinyInstances.Random(seed)), Fingerprint(TinyInstances.Random(seed)));
            Assert.NotEqual(Fingerprint(TinyInstances.Random(seed)), Fingerprint(TinyInstances.Random(seed + 1)));
        }
    }

    [Fact]
    public void Random_instances_are_small_and_consistent()
    {
        for (var sites = 1; sites <= TinyInstances.MaxSites; sites++)
        {
            for (var seed = 0; seed < 20; seed++)
            {
                var instance = TinyInstances.Random(seed, sites);
                Assert.Equal(sites, instance.Sites.Count);
                Assert.InRange(instance.Graph.Edges.Count, 1, TinyInstances.MaxEdges);
                Assert.InRange(instance.Graph.TapNodes.Count, 1, 2);
                Assert.All(instance.Graph.TapNodes, t => Assert.Equal(2500, instance.Graph.Nodes[t].TapCostEuro));
                Assert.All(instance.Graph.Edges.Where(e => e.Kind == CandidateEdgeKind.Trench),
                    e => Assert.Equal(e.LengthM * 114, e.CapexEuro, 6));
                Assert.Empty(PlanChecker.CheckOptions(instance));
                Assert.Equal(Enumerable.Range(0, sites), instance.Sites.Select(s => s.Index));
                Assert.True(instance.Sites.Zip(instance.Sites.Skip(1)).All(p => p.First.Site.Id < p.Second.Site.Id), "sites ordered by id");
                Assert.All(instance.Sites, s => Assert.Equal(25832, s.Site.Location.SRID));
                Assert.All(instance.Hubs, h => Assert.InRange(h.MaxLinks, 1, 2));
                foreach (var c in instance.RadioCandidates)
                {
                    var site = instance.Sites[c.SiteIndex];
                    Assert.NotNull(site.Option(Technology.Radio));
                    Assert.NotEqual(c.SiteIndex, instance.Hubs[c.HubIndex].SiteIndex);
                    Assert.Equal(PlanChecker.Distance(site.Site, instance.Hubs[c.HubIndex]), c.DistanceM, 6);
                }

                foreach (var s in instance.Sites)
                {
                    Assert.Equal(s.Option(Technology.Fibre) is not null, instance.Graph.SiteNode.ContainsKey(s.Index)
                        && !s.KeepsCurrentUplink && instance.Scenario.Policies.Allows(s.Site, Technology.Fibre));
                    Assert.Equal(s.Option(Technology.Leased) is not null, s.DemandMbps <= 100 && !s.KeepsCurrentUplink
                        && instance.Scenario.Policies.Allows(s.Site, Technology.Leased));
                }
            }
        }
    }

    [Fact]
    public void Random_varies_the_policies_and_the_site_situations_over_seeds()
    {
        var instances = Enumerable.Range(0, 12).Select(seed => TinyInstances.Random(seed)).ToList();
        Assert.Contains(instances, i => !i.Scenario.Policies.AllowPartialPlan);
        Assert.Contains(instances, i => i.Scenario.Policies.FibreBonus > 0);
        Assert.Contains(instances, i => i.Sites.Any(s => s.KeepsCurrentUplink));
        Assert.Contains(instances, i => i.Sites.Any(s => !s.KeepsCurrentUplink && !i.Graph.SiteNode.ContainsKey(s.Index)));
        Assert.Contains(instances, i => i.Sites.Any(s => s.Options.Count == 1));
        Assert.Contains(instances, i => i.Sites.Any(s => s.Option(Technology.Radio) is null && !s.KeepsCurrentUplink));
        Assert.Contains(instances, i => i.Sites.Any(s => s.Option(Technology.Radio) is not null));
    }

    [Fact]
    public void Random_tight_limits_bind_for_some_seeds()
    {
        var bound = 0;
        for (var seed = 0; seed < 16; seed++)
        {
            var tight = TinyInstances.Random(seed, 6, tight: true);
            var loose = TinyInstances.Random(seed, 6, tight: false);
            if (!tight.Scenario.Policies.AllowPartialPlan)
            {
                Assert.Equal(Fingerprint(loose), Fingerprint(tight));
                continue;
            }

            var tightScore = ExhaustiveSolver.Solve(tight).Score;
            var looseScore = ExhaustiveSolver.Solve(loose).Score;
            Assert.True(tightScore >= looseScore - 1e-6);
            bound += tightScore > looseScore + 1 ? 1 : 0;
        }

        Assert.True(bound >= 4, $"limits bound on {bound} seeds");
    }

    [Fact]
    public void Named_instances_have_the_promised_shape()
    {
        var share = TinyInstances.TwoSitesShareATrench();
        Assert.Equal(2, share.Sites.Count);
        Assert.All(share.Sites, s => Assert.Equal([Technology.Fibre, Technology.Leased], s.Options.Select(o => o.Technology)));

        var unreachable = TinyInstances.UnreachableSchool();
        var school = unreachable.Sites[1];
        Assert.Equal(SiteKind.School, school.Site.Kind);
        Assert.Equal(1000, school.DemandMbps);
        Assert.Empty(school.Options);
        Assert.Equal(3, school.Exclusions.Count);
        Assert.False(unreachable.Graph.SiteNode.ContainsKey(1));
        Assert.Empty(unreachable.Hubs);
    }
}
