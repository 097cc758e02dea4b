using PdfSharp.Fonts;

namespace Infra.Status.Report;

/// <summary>
/// The report's one typeface, DejaVu Sans (regular and bold) from Debian's fonts-dejavu-core (installed by
/// tools/install-deps.sh), registered once per process for PDFsharp (its font resolver) and for ScottPlot's charts.
/// <c>INFRA_FONT_DIR</c> names another folder holding DejaVuSans.ttf and DejaVuSans-Bold.ttf.
/// </summary>
internal static class ReportFonts
{
    public const string Family = "DejaVu Sans";

    private static readonly string[] Folders =
    [
        "/usr/share/fonts/truetype/dejavu",
        "/usr/share/fonts/dejavu",
        "/usr/local/share/fonts/dejavu",
    ];

    private static readonly Lazy<(string Regular, string Bold)> Files = new(Find);
    private static readonly object Gate = new();
    private static bool _registered;

    /// <exception cref="InvalidOperationException">The font files are not installed.</exception>
    public static void Register()
    {
        lock (Gate)
        {
            if (_registered)
            {
                return;
            }

            var (regular, bold) = Files.Value;
            GlobalFontSettings.FontResolver ??= new Resolver(regular, bold);
            ScottPlot.Fonts.AddFontFile(Family, regular, bold: false, italic: false);
            ScottPlot.Fonts.AddFontFile(Family, bold, bold: true, italic: false);
            ScottPlot.Fonts.Default = Family;
            _registered = true;
        }
    }

    private static (string Regular, string Bold) Find()
    {
        var folders = Environment.GetEnvironmentVariable("INFRA_FONT_DIR") is { Length: > 0 } custom ? [custom, .. Folders] : Folders;
        foreach (var folder in folders)
        {
            var regular = Path.Combine(folder, "DejaVuSans.ttf");
            var bold = Path.Combine(folder, "DejaVuSans-Bold.ttf");
            if (File.Exists(regular) && File.Exists(bold))
            {
                return (regular, bold);
            }
        }

        throw new InvalidOperationException(
            "Schrift DejaVu Sans nicht gefunden (Debian-Paket fonts-dejavu-core, 'tools/install-deps.sh' installiert es; "
            + "oder INFRA_FONT_DIR auf einen Ordner mit DejaVuSans.ttf und DejaVuSans-Bold.ttf setzen)");
    }

    /// <summary>Every family and style maps to DejaVu Sans regular or bold.</summary>
    private sealed class Resolver(string regular, string bold) : IFontResolver
    {
        private readonly Lazy<byte[]> _regular = new(() => File.ReadAllBytes(regular));
        private readonly Lazy<byte[]> _bold = new(() => File.ReadAllBytes(bold));

        public FontResolverInfo ResolveTypeface(string familyName, bool isBold, bool isItalic) => new(isBold ? "dejavu-bold" : "dejavu");

        public byte[] GetFont(string faceName) => faceName == "dejavu-bold" ? _bold.Value : _regular.Value;
    }
}
