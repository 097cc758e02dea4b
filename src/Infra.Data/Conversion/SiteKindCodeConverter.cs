using Infra.Core.Sites;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Infra.Data.Conversion;

/// <summary>Stores a <see cref="SiteKind"/> as its German code (<c>Schule</c>, <c>Kita</c> …), the word QGIS users know.</summary>
internal sealed class SiteKindCodeConverter : ValueConverter<SiteKind, string>
{
    public SiteKindCodeConverter()
        : base(k => k.ToCode(), s => Parse(s))
    {
    }

    private static SiteKind Parse(string code) =>
        SiteKindCodes.TryParse(code, out var kind) ? kind : throw new FormatException($"'{code}' is not a site kind code");
}
