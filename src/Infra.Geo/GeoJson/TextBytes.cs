using System.Buffers;
using System.Globalization;
using System.Text.Unicode;

namespace Infra.Geo.GeoJson;

/// <summary>Encoding checks of text files that must be UTF-8 (GeoJSON, CSV).</summary>
public static class TextBytes
{
    /// <summary>
    /// Returns null when <paramref name="bytes"/> are UTF-8 (with or without BOM), else the problem;
    /// <paramref name="start"/> is the offset after a UTF-8 BOM.
    /// </summary>
    public static string? Utf8Problem(ReadOnlySpan<byte> bytes, out int start)
    {
        start = 0;
        const string Fix = "save the file as UTF-8";
        if (bytes.Length >= 4 && ((bytes[0] == 0xFF && bytes[1] == 0xFE && bytes[2] == 0 && bytes[3] == 0) ||
                                  (bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF)))
        {
            return $"the file is UTF-32 encoded (byte order mark); {Fix}";
        }

        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            return $"the file is UTF-16 encoded (byte order mark); {Fix}";
        }

        if (bytes.Length >= 2 && (bytes[0] == 0) != (bytes[1] == 0))
        {
            return $"the file looks UTF-16 encoded (zero bytes between characters); {Fix}";
        }

        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            start = 3;
        }

        var text = bytes[start..];
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        try
        {
            var status = Utf8.ToUtf16(text, buffer, out var read, out _, replaceInvalidSequences: false);
            if (status == OperationStatus.Done)
            {
                return null;
            }

            var offset = start + read;
            var before = bytes[..offset];
            var line = before.Count((byte)'\n') + 1;
            var column = offset - (before.LastIndexOf((byte)'\n') + 1) + 1;
            var bad = offset < bytes.Length ? string.Create(CultureInfo.InvariantCulture, $"0x{bytes[offset]:X2}") : "end of file";
            return string.Create(CultureInfo.InvariantCulture,
                $"not valid UTF-8: byte {bad} at line {line}, byte {column} (offset {offset}); the file is probably " +
                $"Windows-1252/Latin-1 encoded; {Fix}");
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
