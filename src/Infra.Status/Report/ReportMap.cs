using Infra.Status.Model;
using ScottPlot;

namespace Infra.Status.Report;

/// <summary>
/// The city map: every site at its position (EPSG:25832, square units), colour by state on the Stichtag, shape by
/// technology, sites at risk ringed red, Stadtbezirk names at the centre of their sites, a 2-km scale bar.
/// </summary>
internal static class ReportMap
{
    private static readonly (string State, string Label, Color Color)[] States =
    [
        ("angebunden", "angebunden", Color.FromHex("#288c46")),
        ("im_bau", "im Bau", Color.FromHex("#de9614")),
        ("offen", "offen", Color.FromHex("#5f6b78")),
        ("bestand", "Bestand ausreichend", Color.FromHex("#c3d6e8")),
    ];

    private static readonly (string Technology, string Label, MarkerShape Shape)[] Shapes =
    [
        ("fibre", "LWL", MarkerShape.FilledCircle),
        ("radio", "Richtfunk", MarkerShape.FilledTriangleUp),
        ("leased", "Mietleitung", MarkerShape.FilledSquare),
        ("keep", "Bestand", MarkerShape.FilledDiamond),
        ("none", "nicht angebunden", MarkerShape.Cross),
    ];

    public static byte[] Render(ProgrammeStatus s, double widthPt, double heightPt)
    {
        using var plot = ReportCharts.NewPlot();
        plot.HideAxesAndGrid();
        foreach (var (state, _, color) in States)
        {
            foreach (var (technology, _, shape) in Shapes)
            {
                var sites = s.Sites.Where(x => x.State == state && x.Technology == technology).ToList();
                if (sites.Count > 0)
                {
                    plot.Add.Markers(sites.Select(x => x.X).ToArray(), sites.Select(x => x.Y).ToArray(), shape, state == "bestand" ? 4.5f : 6.5f, color);
                }
            }
        }

        var risks = s.Sites.Where(x => x.AtRisk).ToList();
        if (risks.Count > 0)
        {
            var ring = plot.Add.Markers(risks.Select(x => x.X).ToArray(), risks.Select(x => x.Y).ToArray(), MarkerShape.OpenCircle, 12, Color.FromHex("#c82828"));
            ring.MarkerLineWidth = 1.6f;
        }

        foreach (var district in s.Sites.GroupBy(x => x.District, StringComparer.Ordinal))
        {
            var label = plot.Add.Text(district.Key, district.Average(x => x.X), district.Average(x => x.Y));
            label.LabelFontName = ReportFonts.Family;
            label.LabelFontSize = 8.5f;
            label.LabelBold = true;
            label.LabelFontColor = Color.FromHex("#1d2d44");
            label.LabelBackgroundColor = Colors.White.WithAlpha(0.72);
            label.LabelAlignment = Alignment.MiddleCenter;
            label.LabelPadding = 1.5f;
        }

        if (s.Sites.Count > 0)
        {
            ScaleBar(plot, s.Sites);
        }

        plot.Axes.SquareUnits();
        plot.Legend.ManualItems.AddRange(States.Select(x => new LegendItem
        {
            LabelText = x.Label, MarkerShape = MarkerShape.FilledCircle, MarkerFillColor = x.Color, MarkerLineColor = x.Color, MarkerSize = 8,
        }));
        plot.Legend.ManualItems.AddRange(Shapes.Where(x => s.Sites.Any(site => site.Technology == x.Technology)).Select(x => new LegendItem
        {
            LabelText = x.Label, MarkerShape = x.Shape, MarkerFillColor = Colors.DimGray, MarkerLineColor = Colors.DimGray, MarkerSize = 8,
        }));
        plot.Legend.ManualItems.Add(new LegendItem
        {
            LabelText = "gefährdet", MarkerShape = MarkerShape.OpenCircle, MarkerLineColor = Color.FromHex("#c82828"), MarkerSize = 10, MarkerLineWidth = 1.4f,
        });
        plot.Legend.FontSize = 9;
        plot.ShowLegend(Edge.Bottom);
        plot.Legend.Orientation = Orientation.Horizontal;
        return ReportCharts.Png(plot, widthPt, heightPt);
    }

    /// <summary>The height (points) that shows the sites' extent at <paramref name="widthPt"/> with room for the legend.</summary>
    public static double HeightFor(ProgrammeStatus s, double widthPt)
    {
        if (s.Sites.Count < 2)
        {
            return widthPt * 0.8;
        }

        var dx = Math.Max(1, s.Sites.Max(x => x.X) - s.Sites.Min(x => x.X));
        var dy = Math.Max(1, s.Sites.Max(x => x.Y) - s.Sites.Min(x => x.Y));
        return (widthPt * Math.Clamp(dy / dx, 0.4, 1.6)) + 70;
    }

    private static void ScaleBar(Plot plot, IReadOnlyList<SiteState> sites)
    {
        var (minX, maxX, minY) = (sites.Min(x => x.X), sites.Max(x => x.X), sites.Min(x => x.Y));
        var x0 = maxX - 2_000 - ((maxX - minX) * 0.02);
        var y0 = minY - ((maxX - minX) * 0.03);
        var bar = plot.Add.Line(x0, y0, x0 + 2_000, y0);
        bar.LineWidth = 3;
        bar.LineColor = Colors.Black;
        var text = plot.Add.Text("2 km", x0 + 1_000, y0);
        text.LabelFontName = ReportFonts.Family;
        text.LabelFontSize = 8;
        text.LabelAlignment = Alignment.LowerCenter;
        text.LabelOffsetY = -3;
    }
}
