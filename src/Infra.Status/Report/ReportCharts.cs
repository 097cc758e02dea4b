using Infra.Status.Model;
using ScottPlot;
using T = Infra.Status.Status.StatusTerms;

namespace Infra.Status.Report;

/// <summary>The report's charts as PNG images drawn by ScottPlot at print resolution (4 pixels per point).</summary>
internal static class ReportCharts
{
    /// <summary>Pixels per PDF point of the rendered images (288 dpi).</summary>
    public const double PixelsPerPoint = 4;

    private const float Scale = 3.2f;

    private static readonly Color BaselineColor = Color.FromHex("#7a8ba0");
    private static readonly Color ActualColor = Color.FromHex("#005493");
    private static readonly Color ReplanColor = Color.FromHex("#de9614");
    private static readonly Color StichtagColor = Color.FromHex("#c82828");

    /// <summary>The three-line curve with the Stichtag and the deadline marked.</summary>
    public static byte[] Curve(ProgrammeStatus s, double widthPt, double heightPt)
    {
        using var plot = NewPlot();
        var points = s.Curve;
        Line(plot, points.Where(p => p.Baseline is not null).Select(p => (p.Date, p.Baseline!.Value)), BaselineColor, 2.2f, LinePattern.Solid,
            "Ausgangsplan");
        Line(plot, points.Where(p => p.Actual is not null).Select(p => (p.Date, p.Actual!.Value)), ActualColor, 3.2f, LinePattern.Solid,
            s.Data.Synthetic ? "Ist (synthetisch)" : "Ist");
        Line(plot, points.Where(p => p.Replan is not null).Select(p => (p.Date, p.Replan!.Value)), ReplanColor, 2.6f, LinePattern.Dashed,
            "Fortschreibung");
        Marker(plot, s.Stichtag, StichtagColor, "Stichtag");
        Marker(plot, s.Deadline, Colors.Black, "Frist");
        plot.Axes.DateTimeTicksBottom();
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => T.Number(v, 0) + " %" };
        var first = points.Count == 0 ? s.Stichtag : points.Min(p => p.Date);
        var last = points.Count == 0 ? s.Deadline : points.Max(p => p.Date);
        plot.Axes.SetLimits(X(first.AddMonths(-3)), X((last > s.Deadline ? last : s.Deadline).AddMonths(9)), 0, 104);
        plot.YLabel("angebunden (% der Liegenschaften)");
        plot.Axes.Left.Label.FontSize = 12;
        // Room above the data for the Stichtag and deadline labels (drawn on the top edge).
        plot.Axes.Top.MinimumSize = 26;
        plot.ShowLegend(Alignment.LowerRight);
        return Png(plot, widthPt, heightPt);
    }

    /// <summary>CAPEX per year (Mio. €): Ausgangsplan, Ist (estimated), Fortschreibung as bars, the budget as a line.</summary>
    public static byte[] Money(ProgrammeStatus s, double widthPt, double heightPt)
    {
        using var plot = NewPlot();
        var years = s.Money.Years;
        Bars(plot, years.Select(y => (y.Year - 0.27, y.Baseline)), BaselineColor, "Ausgangsplan");
        Bars(plot, years.Select(y => (y.Year + 0.0, y.ActualEstimated)), ActualColor, "Ist (geschätzt)");
        Bars(plot, years.Select(y => (y.Year + 0.27, y.Replan)), ReplanColor, "Fortschreibung");
        var budget = plot.Add.ScatterLine(years.Select(y => (double)y.Year).ToArray(), years.Select(y => y.Budget / 1e6).ToArray(), Colors.Black);
        budget.LinePattern = LinePattern.Dotted;
        budget.LineWidth = 2;
        budget.LegendText = "Budget";
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            years.Select(y => (double)y.Year).ToArray(), years.Select(y => y.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => T.Number(v, 0) };
        plot.YLabel("Investition (Mio. €)");
        var top = years.Select(y => Math.Max(y.Budget, Math.Max(y.Baseline ?? 0, Math.Max(y.ActualEstimated ?? 0, y.Replan ?? 0)))).DefaultIfEmpty(1).Max() / 1e6;
        plot.Axes.SetLimitsY(0, top * 1.08);
        plot.ShowLegend(Edge.Bottom);
        plot.Legend.Orientation = Orientation.Horizontal;
        return Png(plot, widthPt, heightPt);
    }

    internal static Plot NewPlot()
    {
        var plot = new Plot { ScaleFactor = Scale };
        plot.Font.Set(ReportFonts.Family);
        plot.Legend.FontName = ReportFonts.Family;
        plot.Grid.MajorLineColor = Color.FromHex("#e3e7eb");
        return plot;
    }

    internal static byte[] Png(Plot plot, double widthPt, double heightPt) =>
        plot.GetImageBytes((int)Math.Round(widthPt * PixelsPerPoint), (int)Math.Round(heightPt * PixelsPerPoint), ImageFormat.Png);

    private static double X(DateOnly date) => date.ToDateTime(TimeOnly.MinValue).ToOADate();

    private static void Line(Plot plot, IEnumerable<(DateOnly Date, double Share)> points, Color color, float width, LinePattern pattern, string label)
    {
        var list = points.ToList();
        if (list.Count == 0)
        {
            return;
        }

        var line = plot.Add.ScatterLine(list.Select(p => X(p.Date)).ToArray(), list.Select(p => p.Share * 100).ToArray(), color);
        line.LineWidth = width;
        line.LinePattern = pattern;
        line.LegendText = label;
    }

    private static void Marker(Plot plot, DateOnly date, Color color, string label)
    {
        var line = plot.Add.VerticalLine(X(date), 1.6f, color, LinePattern.Dotted);
        line.LabelText = label;
        line.LabelFontColor = color;
        line.LabelFontName = ReportFonts.Family;
        line.LabelBackgroundColor = Colors.White;
        line.LabelOppositeAxis = true;
    }

    private static void Bars(Plot plot, IEnumerable<(double Position, double? Euro)> values, Color color, string label)
    {
        var bars = values.Where(v => v.Euro is > 0)
            .Select(v => new Bar { Position = v.Position, Value = v.Euro!.Value / 1e6, Size = 0.26, FillColor = color, LineWidth = 0 })
            .ToList();
        if (bars.Count == 0)
        {
            return;
        }

        var plottable = plot.Add.Bars(bars);
        plottable.LegendText = label;
        plottable.Color = color;
    }
}
