using Infra.Core.Plans;
using Infra.Core.Sites;
using Infra.Planning.Design;
using Infra.Planning.Export;
using Infra.Planning.Pipeline;
using Infra.Planning.Plans;
using Infra.Planning.Schedule;
using Infra.Planning.Tests.Support;

namespace Infra.Planning.Tests.Export;

/// <summary>The exporter carries every figure of the outcome into the contract, codes for decisions, sums that add up.</summary>
public sealed class PlanExporterTests
{
    [Fact]
    public void Export_of_a_tiny_plan_carries_every_site_trench_quarter_and_year()
    {
        var instance = TinyInstances.RadioHubs();
        var result = new NetworkDesignOptimizer().Solve(instance, null, CancellationToken.None);
        var plan = PlanBuilder.Build(instance, result);
        var schedule = RolloutScheduler.Build(instance, result.Design, new ScheduleOptions { TimeLimitSeconds = 5 }, CancellationToken.None);
        var outcome = new PlanOutcome(instance, result, plan, schedule);

        var export = PlanExporter.Export(outcome);

        Assert.Equal(plan.Sites.Select(s => s.Site.Id.Value), export.Sites.Select(s => s.Id));
        foreach (var (planned, site) in plan.Sites.Zip(export.Sites))
        {
            var q = schedule.Sites.Single(s => instance.Sites[s.SiteIndex].Site.Id == planned.Site.Id);
            Assert.Equal(planned.Decision, site.Technology);
            Assert.Equal((planned.CapexEuro, planned.NpvEuro, planned.TrenchMetresShare), (site.CapexEur, site.NpvEur, site.TrenchM));
            Assert.Equal((q.Live?.ToString(), q.Live?.LastDay, q.MissesDeadline, q.Note), (site.LiveQuarter, site.LiveDate, site.MissesDeadline, site.ScheduleNote));
            Assert.Equal(planned.Reason, site.Reason);
        }

        Assert.Equal(plan.Totals.CapexEur, export.Summary.Totals.CapexEur);
        Assert.Equal(export.Sites.Count, export.Summary.Totals.Sites);
        Assert.Equal(export.Sites.Count, Enum.GetValues<PlanTechnology>().Sum(t => export.Summary.Totals.SitesByTechnology[t]));
        Assert.Equal(plan.Trenches.Sum(t => t.CapexEuro), export.Summary.Totals.TrenchCapexEur, 6);
        Assert.Equal(plan.Trenches.Select(t => PlanTrench.IdOf(t.EdgeIndex)).Order(StringComparer.Ordinal), export.Trenches.Select(t => t.Id).Order(StringComparer.Ordinal));
        Assert.Equal(schedule.Quarters.Select(q => (q.Quarter.ToString(), q.ConnectedShare)), export.Quarters.Select(q => (q.Quarter, q.ConnectedShare)));
        Assert.All(export.Quarters, q => Assert.All(q.ByTechnology.Keys, k => Assert.Contains(k, new[] { "fibre", "radio", "leased", "keep", "none" })));
        Assert.All(export.Years, y => Assert.Equal(y.CapexEur, y.CapexBudgetedEur + y.CapexBridgingEur, 6));
        Assert.All(export.Years, y => Assert.Equal(y.CapexEur, y.CapexFibreEur + y.CapexRadioEur + y.CapexLeasedEur + y.CapexWlanEur + y.CapexBridgingEur, 6));
        Assert.Equal(schedule.CapexByYear.Values.Sum(c => c.Total), export.Years.Sum(y => y.CapexEur), 6);
        Assert.Equal(instance.Scenario.Deadline, export.Summary.Deadline);
        Assert.Equal(schedule.DeadlineMisses.All(m => m.Bridged), export.Summary.Schedule.DeadlineHolds);
    }
}
