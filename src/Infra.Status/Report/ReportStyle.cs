using PdfSharp.Drawing;

namespace Infra.Status.Report;

/// <summary>Page geometry (A4 portrait, points), fonts and colours of the Sachstandsbericht.</summary>
internal static class ReportStyle
{
    public const double PageWidth = 595.28;
    public const double PageHeight = 841.89;
    public const double Left = 50;
    public const double Right = PageWidth - 50;
    public const double Top = 62;
    public const double Bottom = PageHeight - 56;
    public const double Width = Right - Left;

    public static XFont Title { get; } = Font(17, bold: true);

    public static XFont Heading { get; } = Font(12.5, bold: true);

    public static XFont Body { get; } = Font(9.2);

    public static XFont BodyBold { get; } = Font(9.2, bold: true);

    public static XFont Small { get; } = Font(7.6);

    public static XFont SmallBold { get; } = Font(7.6, bold: true);

    public static XFont Figure { get; } = Font(19, bold: true);

    public static XColor Ink { get; } = XColor.FromArgb(33, 37, 41);

    public static XColor Muted { get; } = XColor.FromArgb(100, 106, 115);

    public static XColor Rule { get; } = XColor.FromArgb(206, 212, 218);

    public static XColor Zebra { get; } = XColor.FromArgb(244, 246, 248);

    public static XColor Accent { get; } = XColor.FromArgb(0, 84, 147);

    public static XColor Green { get; } = XColor.FromArgb(40, 140, 70);

    public static XColor Amber { get; } = XColor.FromArgb(222, 150, 20);

    public static XColor Red { get; } = XColor.FromArgb(200, 40, 40);

    public static XColor Warning { get; } = XColor.FromArgb(255, 243, 205);

    private static XFont Font(double size, bool bold = false) =>
        new(ReportFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
}
