using Infra.Core.Sites;
using Infra.Planning.Schedule;

namespace Infra.Planning.Tests.Schedule;

/// <summary>A re-plan's earliest start per site (permit outstanding): no work and no go-live before it, every rule kept.</summary>
public sealed class EarliestStartTests
{
    [Fact]
    public void Build_sites_with_an_earliest_start_go_live_no_earlier_and_keep_every_rule()
    {
        var draft = new ScheduleDraft(ScheduleDraft.MakeScenario(trench: 1000));
        var tap = draft.Tap();
        var (held, node) = draft.Site(Technology.Fibre, priority: 1);
        var (free, other) = draft.Site(Technology.Fibre, priority: 5);
        draft.Edge(tap, node, 100);
        draft.Edge(tap, other, 100);
        var (leased, _) = draft.Site(Technology.Leased, priority: 1, capex: 1500);
        var (instance, design) = (draft.Instance(), draft.Design());
        var options = new ScheduleOptions
        {
            TimeLimitSeconds = 5,
            Threads = 1,
            EarliestStart = new Dictionary<string, DateOnly>
            {
                [instance.Sites[held].Site.Id.Value] = new(2027, 7, 1),
                [instance.Sites[leased].Site.Id.Value] = new(2027, 10, 15),
            },
        };

        var without = RolloutScheduler.Build(instance, design, options with { EarliestStart = new Dictionary<string, DateOnly>() });
        var schedule = RolloutScheduler.Build(instance, design, options);

        Assert.Empty(ScheduleChecker.Check(instance, design, schedule));
        Assert.True(without.Sites[held].Live < new Quarter(2027, 3), "the test needs a site that would go live earlier");
        Assert.Equal(new Quarter(2027, 3), schedule.Sites[held].Live);
        Assert.Equal(new Quarter(2027, 3), schedule.Edges.Single(e => e.EdgeIndex == 0).Dug);
        Assert.Equal(new Quarter(2027, 4), schedule.Sites[leased].Live);
        Assert.Equal(without.Sites[free].Live, schedule.Sites[free].Live);
        Assert.True(schedule.Figures.BestBound <= schedule.Figures.Objective + 1e-9);
    }

    [Fact]
    public void Build_an_earliest_start_past_the_deadline_bridges_the_site()
    {
        var draft = new ScheduleDraft(ScheduleDraft.MakeScenario(trench: 1000, deadline: "2027-06-30"));
        var tap = draft.Tap();
        var (site, node) = draft.Site(Technology.Fibre);
        draft.Edge(tap, node, 100);
        var (instance, design) = (draft.Instance(), draft.Design());

        var schedule = RolloutScheduler.Build(instance, design, new ScheduleOptions
        {
            TimeLimitSeconds = 5,
            Threads = 1,
            EarliestStart = new Dictionary<string, DateOnly> { [instance.Sites[site].Site.Id.Value] = new(2027, 10, 1) },
        });

        Assert.Empty(ScheduleChecker.Check(instance, design, schedule));
        Assert.Equal(new Quarter(2027, 4), schedule.Sites[site].Live);
        Assert.Equal(new Quarter(2027, 2), schedule.Sites[site].BridgedFrom);
        Assert.True(Assert.Single(schedule.DeadlineMisses).Bridged);
    }
}
