using System.Diagnostics;

namespace Infra.Status.Tests;

/// <summary>Text of a PDF as poppler's pdftotext extracts it (layout kept); tools/test.sh installs poppler-utils.</summary>
public static class PdfText
{
    public static async Task<string> ExtractAsync(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"infra-pdf-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { "-layout", "-enc", "UTF-8", file, "-" })
            {
                start.ArgumentList.Add(a);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftotext did not start (Debian package poppler-utils)");
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, await process.StandardError.ReadToEndAsync());
            return text;
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Pages of the PDF: form feeds between pages in pdftotext's output.</summary>
    public static int Pages(string text) => text.TrimEnd('\f', '\n').Split('\f').Length;
}
