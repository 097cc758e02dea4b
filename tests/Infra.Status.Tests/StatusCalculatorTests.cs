using Infra.Status.Model;
using Infra.Status.Status;

namespace Infra.Status.Tests;

/// <summary>The status figures of <see cref="StatusSample"/>, worked out by hand.</summary>
public sealed class StatusCalculatorTests
{
    [Fact]
    public void Compute_sample_gives_ist_against_plan_in_points_and_the_forecast_of_the_fortschreibung()
    {
        var s = StatusCalculator.Compute(StatusSample.Inputs());

        var h = s.Headline;
        Assert.Equal((6, 3, 6), (h.Sites, h.Connected, h.Planned));
        Assert.Equal(0.5, h.ConnectedShare, 9);
        Assert.Equal(-50, h.DifferencePoints, 9);
        Assert.Equal(5.0 / 6, h.WlanShare, 9);
        Assert.Equal(1.0, h.WlanPlannedShare, 9);
        Assert.Equal((5, 1, 0), (h.ForecastConnected, h.ForecastBridged, h.ForecastMissed));
        Assert.Equal((TrafficLight.Gefaehrdet, "gefährdet"), (h.Light, h.LightLabel));
        Assert.Equal((4, 2, 0), (s.Forecast.Observed!.Connected, s.Forecast.Observed.Bridged, s.Forecast.Observed.Missed));
        Assert.Equal(new DateOnly(2026, 11, 30), s.Data.AsOf);
        Assert.True(s.Data.Synthetic);
        Assert.Contains("synthetisch", s.Data.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_sample_groups_risks_and_sites()
    {
        var s = StatusCalculator.Compute(StatusSample.Inputs());

        var nord = s.ByDistrict.Single(g => g.Key == "Nord");
        var sued = s.ByDistrict.Single(g => g.Key == "Süd");
        Assert.Equal((3, 3, 1.0, 1.0, 0.0), (nord.Sites, nord.Connected, nord.Share, nord.PlannedShare, nord.DifferencePoints));
        Assert.Equal((3, 0, -100.0), (sued.Sites, sued.Connected, sued.DifferencePoints));
        Assert.Equal(2.0 / 3, sued.ForecastShare, 9);
        Assert.Equal(["fibre", "keep", "leased", "radio"], s.ByTechnology.Select(g => g.Key));
        Assert.Equal([("L1", RiskLevel.Ueberbrueckt), ("R1", RiskLevel.Gefaehrdet)], s.Risks.Select(r => (r.SiteId, r.Level)));
        Assert.All(s.Risks, r => Assert.NotEmpty(r.Reasons));
        var states = s.Sites.ToDictionary(x => x.SiteId, x => (x.State, x.Technology, x.AtRisk));
        Assert.Equal(("bestand", "keep", false), states["K1"]);
        Assert.Equal(("angebunden", "fibre", false), states["F2"]);
        Assert.Equal(("offen", "fibre", true), states["L1"]);
    }

    [Fact]
    public void Compute_curve_has_the_ist_to_the_stichtag_and_the_fortschreibung_from_it()
    {
        var s = StatusCalculator.Compute(StatusSample.Inputs());

        var stichtag = Assert.Single(s.Curve, p => p.IsStichtag);
        Assert.Equal((StatusSample.Stichtag, 0.5, 0.5, 1.0), (stichtag.Date, stichtag.Actual, stichtag.Replan, stichtag.Baseline));
        var march2021 = s.Curve.Single(p => p.Date == new DateOnly(2021, 3, 31));
        Assert.Equal(2.0 / 6, march2021.Actual!.Value, 9);
        Assert.All(s.Curve.Where(p => p.Date > StatusSample.Stichtag), p => Assert.Null(p.Actual));
        Assert.All(s.Curve.Where(p => p.Date < StatusSample.Stichtag), p => Assert.Null(p.Replan));
        Assert.Equal(s.Curve.OrderBy(p => p.Date).Select(p => p.Date), s.Curve.Select(p => p.Date));
        Assert.Contains(s.Curve, p => p.Replan is not null && p.Date > StatusSample.Stichtag);
    }

    [Fact]
    public void Compute_money_says_what_each_figure_includes()
    {
        var s = StatusCalculator.Compute(StatusSample.Inputs());

        Assert.Equal(150_000, s.Money.BaselineCapex.Euro, 6);
        // F1: 10,000 € and its WLAN (4 APs × 650 € + one PoE switch 1,200 €) in 2021; F2: 10,000 € in 2026.
        Assert.Equal(10_000 + 3_800, s.Money.Years.Single(y => y.Year == 2021).ActualEstimated!.Value, 6);
        Assert.Equal(10_000, s.Money.Years.Single(y => y.Year == 2026).ActualEstimated!.Value, 6);
        Assert.Null(s.Money.Years.Single(y => y.Year == 2027).ActualEstimated);
        Assert.Equal(30_000, s.Money.ReplanCapex!.Euro, 6);
        Assert.Equal(Enumerable.Range(2019, 10), s.Money.Years.Select(y => y.Year));
        Assert.All([s.Money.BaselineCapex, s.Money.ActualCapexEstimated, s.Money.ReplanCapex], f => Assert.Contains("WLAN", f.Includes, StringComparison.Ordinal));
    }

    [Fact]
    public void Compute_after_the_deadline_takes_the_ist_at_the_deadline()
    {
        var s = StatusCalculator.Compute(StatusSample.Inputs(new DateOnly(2029, 2, 1), withReplan: false));

        Assert.True(s.Forecast.DeadlinePassed);
        Assert.Equal((3, 0, 3), (s.Forecast.Counts.Connected, s.Forecast.Counts.Bridged, s.Forecast.Counts.Missed));
        Assert.Equal(TrafficLight.HaeltNicht, s.Headline.Light);
        Assert.Equal(["F3", "L1", "R1"], s.Risks.Select(r => r.SiteId).Order(StringComparer.Ordinal));
        Assert.All(s.Risks, r => Assert.Equal(RiskLevel.Verfehlt, r.Level));
    }

    [Fact]
    public void Compute_before_the_start_has_only_kept_uplinks_and_no_gap()
    {
        var s = StatusCalculator.Compute(StatusSample.Inputs(new DateOnly(2018, 6, 1), withReplan: false));

        Assert.Equal((1, 1, 0.0), (s.Headline.Connected, s.Headline.Planned, s.Headline.DifferencePoints));
        Assert.Null(s.Data.AsOf);
        Assert.Equal(s.Curve[0], Assert.Single(s.Curve, p => p.IsStichtag));
        Assert.Equal("Ausgangsplan", s.Forecast.Basis[..12]);
        Assert.Empty(s.Measures);
    }

    [Fact]
    public void Compute_real_reports_are_not_labelled_synthetic()
    {
        var s = StatusCalculator.Compute(StatusSample.Inputs(synthetic: false));

        Assert.False(s.Data.Synthetic);
        Assert.DoesNotContain("synthetisch", s.Data.Note, StringComparison.Ordinal);
    }
}
