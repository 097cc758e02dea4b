using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Infra.Core.Progress;
using Infra.Data.Plans;
using Infra.Data.Progress;
using Infra.Planning.Replan;
using Infra.Planning.Schedule;
using Infra.Planning.Tests.Schedule;
using Infra.Planning.Tests.Support;
using Infra.Status.Tests;
using NetTopologySuite.Geometries;

namespace Infra.Web.Tests.Story;

/// <summary>
/// The default story at the fixed Stichtag 2026-12-02: the Fortschreibung never moves built work and keeps every rule,
/// its forecast is what its schedule says, the report prints the API's figures, and the Ist is not complete.
/// </summary>
public sealed class DefaultStoryTests(DefaultStoryFixture story) : IClassFixture<DefaultStoryFixture>
{
    private static readonly NumberFormatInfo German = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "." };

    [Fact]
    public async Task Replan_never_moves_built_work_and_holds_back_what_has_not_started()
    {
        var (instance, design, schedule) = (story.Replan.Outcome.Instance, story.Replan.Outcome.Result.Design, story.Replan.Outcome.Schedule);
        var milestones = await new ProgressStore(story.Database).MilestonesAsync(null);
        var built = milestones.Where(m => m is { Milestone: Milestone.Inbetriebnahme, Status: MilestoneStatus.Erledigt }
            && m.ActualDate <= DefaultStoryFixture.Stichtag).Select(m => m.SiteId).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(built);
        var stored = (await new PlanStore(story.Database).SitesAsync(story.Replan.Version)).ToDictionary(s => s.Id, StringComparer.Ordinal);
        foreach (var spec in instance.Sites.Where(s => built.Contains(s.Site.Id.Value)))
        {
            Assert.True(spec.KeepsCurrentUplink, spec.Site.Id.Value);
            Assert.Null(design.Technology[spec.Index]);
            Assert.Equal(schedule.Start, schedule.Sites[spec.Index].Live);
            Assert.Equal(0, stored[spec.Site.Id.Value].CapexEur);
        }

        // No trench of the Fortschreibung digs again where the Ausgangsplan's trenches are reported fully dug.
        var dug = (await new ProgressStore(story.Database).TrenchProgressAsync()).ToDictionary(t => t.TrenchId, t => t.MetresBuilt, StringComparer.Ordinal);
        var dugLines = (await new PlanStore(story.Database).TrenchesAsync(story.Replan.BaseVersion))
            .Where(t => t.TrenchM > 0 && dug.GetValueOrDefault(t.Id) >= 0.99 * t.TrenchM).Select(t => t.Geometry).ToList();
        Assert.NotEmpty(dugLines);
        var redug = instance.Graph.Edges.Where(e => design.EdgeBuilt[e.Index] && e.TrenchMetres > 1
            && dugLines.Any(l => Within(e.Geometry, l))).Select(e => $"{e.Index} {e.Kind} {e.LengthM:F1} m").ToList();
        Assert.Empty(redug);

        // Sites waiting for Planung or permit go live no earlier than allowed.
        foreach (var spec in instance.Sites)
        {
            if (schedule.Sites[spec.Index].Live is { } live && milestones.Any(m => m.SiteId == spec.Site.Id.Value && m.Milestone == Milestone.Genehmigung
                && m.Status != MilestoneStatus.Erledigt) && !built.Contains(spec.Site.Id.Value)
                && !milestones.Any(m => m.SiteId == spec.Site.Id.Value && m.Milestone >= Milestone.Tiefbau && m.Milestone < Milestone.Wlan && m.Status != MilestoneStatus.Offen))
            {
                Assert.True(live >= schedule.Start + 1, $"{spec.Site.Id.Value} live {live}");
            }
        }
    }

    [Fact]
    public void Replan_keeps_the_checkers_invariants()
    {
        var (instance, design, schedule) = (story.Replan.Outcome.Instance, story.Replan.Outcome.Result.Design, story.Replan.Outcome.Schedule);

        Assert.Empty(PlanChecker.Check(instance, design));
        Assert.Empty(ScheduleChecker.Check(instance, design, schedule));
        Assert.Equal(new Quarter(2027, 1), schedule.Start);
    }

    [Fact]
    public async Task Forecast_equals_what_the_schedule_says_and_what_the_api_serves()
    {
        var schedule = story.Replan.Outcome.Schedule;
        var connected = schedule.Sites.Count(s => s.Live is { } q && q <= schedule.Deadline);
        var bridged = schedule.Sites.Count(s => s.BridgedFrom is not null);
        var missed = schedule.Sites.Count(s => s.MissesDeadline);
        var forecast = story.Replan.Outlook.Forecast;

        Assert.Equal((connected, bridged, missed), (forecast.Connected, forecast.Bridged, forecast.Missed));
        Assert.Equal(schedule.Sites.Count, connected + bridged + missed);
        using var status = await StatusAsync();
        var counts = status.RootElement.GetProperty("forecast").GetProperty("counts");
        Assert.Equal((connected, bridged, missed), (counts.GetProperty("connected").GetInt32(), counts.GetProperty("bridged").GetInt32(),
            counts.GetProperty("missed").GetInt32()));
        Assert.Equal(story.Replan.Outlook.Measures.Count, status.RootElement.GetProperty("measures").GetArrayLength());
        Assert.All(story.Replan.Outlook.Measures.Where(m => m.Verified), m => Assert.True(m.Forecast!.HoldsForAll));
    }

    [Fact]
    public async Task Report_prints_the_figures_the_api_serves()
    {
        using var status = await StatusAsync();
        var root = status.RootElement;
        using var response = await story.Client().GetAsync(new Uri("/api/status/report", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var text = await PdfText.ExtractAsync(await response.Content.ReadAsByteArrayAsync());

        var h = root.GetProperty("headline");
        Assert.Matches(
            $@"Liegenschaften angebunden\s+{Share(h, "connected_share")} \({N(h, "connected")} von {N(h, "sites")}\)\s+{Share(h, "planned_share")} \({N(h, "planned")}\)\s+{Points(h, "difference_points")}",
            text);
        Assert.Matches($@"WLAN in Betrieb\s+{Share(h, "wlan_share")}\s+{Share(h, "wlan_planned_share")}\s+{Points(h, "wlan_difference_points")}", text);
        var deadline = DateOnly.Parse(root.GetProperty("deadline").GetString()!, CultureInfo.InvariantCulture);
        Assert.Contains($"Frist {deadline:dd.MM.yyyy}: {h.GetProperty("light_label").GetString()}", text, StringComparison.Ordinal);
        var counts = root.GetProperty("forecast").GetProperty("counts");
        Assert.Matches($@"Fortschreibung \(Kapazitäten des Szenarios\)\s+{N(counts, "connected")}\s+{N(counts, "bridged")}\s+{N(counts, "missed")}", text);
        foreach (var district in root.GetProperty("by_district").EnumerateArray())
        {
            Assert.Matches($@"{Regex.Escape(district.GetProperty("label").GetString()!)}\s+{N(district, "sites")}\s+{N(district, "connected")}\s+"
                + $@"{Share(district, "share")}\s+{Share(district, "planned_share")}\s+{Points(district, "difference_points")}\s+{Share(district, "forecast_share")}", text);
        }

        foreach (var measure in root.GetProperty("measures").EnumerateArray().Where(m => m.GetProperty("extra").ValueKind == JsonValueKind.Number))
        {
            Assert.Contains($"+{Plain(measure, "extra")} {measure.GetProperty("unit").GetString()}", text, StringComparison.Ordinal);
        }

        var bridging = root.GetProperty("bridging");
        if (bridging.GetProperty("sites").GetInt32() > 0)
        {
            Assert.Contains($"{Plain(bridging, "cost_euro")} €", text, StringComparison.Ordinal);
        }

        Assert.Contains(root.GetProperty("data").GetProperty("note").GetString()!.Split(" · ")[0], text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Default_story_is_not_complete_at_the_stichtag()
    {
        using var status = await StatusAsync();
        var h = status.RootElement.GetProperty("headline");

        Assert.InRange(h.GetProperty("connected_share").GetDouble(), 0.3, 0.99);
        Assert.True(h.GetProperty("difference_points").GetDouble() < -5, h.ToString());
        Assert.True(status.RootElement.GetProperty("data").GetProperty("synthetic").GetBoolean());
        Assert.Equal("2026-12-02", status.RootElement.GetProperty("stichtag").GetString());
        Assert.Equal(story.BaselineVersion, status.RootElement.GetProperty("baseline").GetProperty("version").GetInt64());
    }

    private async Task<JsonDocument> StatusAsync()
    {
        using var response = await story.Client().GetAsync(new Uri("/api/status", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private static bool Within(Geometry edge, Geometry dugTrench) =>
        edge.Coordinates.All(c => dugTrench.Distance(edge.Factory.CreatePoint(c)) <= 1.0);

    private static string N(JsonElement e, string name) => Regex.Escape(Plain(e, name));

    private static string Plain(JsonElement e, string name) => e.GetProperty(name).GetDouble().ToString("N0", German);

    private static string Share(JsonElement e, string name) =>
        Regex.Escape(Clean(e.GetProperty(name).GetDouble() * 100).ToString("N1", German) + " %");

    private static string Points(JsonElement e, string name)
    {
        var v = Clean(e.GetProperty(name).GetDouble());
        return Regex.Escape((v < 0 ? "−" : v > 0 ? "+" : "±") + Math.Abs(v).ToString("N1", German) + " Pp.");
    }

    private static double Clean(double value) => Math.Round(value, 1) == 0 ? 0 : value;
}
