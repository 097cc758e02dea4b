using Infra.Status.Report;
using Infra.Status.Status;

namespace Infra.Status.Tests;

/// <summary>The report renders the status it is given: its figures are in the text a PDF reader extracts.</summary>
public sealed class SachstandsberichtTests
{
    [Fact]
    public async Task Render_sample_has_the_headline_forecast_and_measure_figures_in_its_text()
    {
        var status = StatusCalculator.Compute(StatusSample.Inputs());

        var pdf = Sachstandsbericht.Render(status);
        var text = await PdfText.ExtractAsync(pdf);

        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.InRange(PdfText.Pages(text), 5, 10);
        Assert.Contains("Stichtag 02.12.2026", text, StringComparison.Ordinal);
        Assert.Contains("Frist 30.06.2028: gefährdet", text, StringComparison.Ordinal);
        Assert.Matches(@"Liegenschaften angebunden\s+50,0 % \(3 von 6\)\s+100,0 % \(6\)\s+−50,0 Pp\.", text);
        Assert.Matches(@"Fortschreibung \(Kapazitäten des Szenarios\)\s+5\s+1\s+0", text);
        Assert.Contains("Tiefbau-Kapazität", text, StringComparison.Ordinal);
        Assert.Contains("+500 m/Quartal", text, StringComparison.Ordinal);
        Assert.Contains("Ist aus synthetischen Fortschrittsberichten", text, StringComparison.Ordinal);
        Assert.Contains("Süd", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_without_a_fortschreibung_says_so()
    {
        var status = StatusCalculator.Compute(StatusSample.Inputs(withReplan: false));

        var text = await PdfText.ExtractAsync(Sachstandsbericht.Render(status));

        Assert.Contains("keine Fortschreibung", text, StringComparison.Ordinal);
        Assert.Matches(@"Ausgangsplan\s+6\s+0\s+0", text);
    }
}
