using Infra.Core.Sites;

namespace Infra.Core.Tests.Sites;

public sealed class SiteKindCodesTests
{
    [Fact]
    public void Every_kind_has_a_distinct_code_that_parses_back()
    {
        var kinds = Enum.GetValues<SiteKind>();

        Assert.Equal(kinds.Length, SiteKindCodes.All.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        foreach (var kind in kinds)
        {
            Assert.True(SiteKindCodes.TryParse(kind.ToCode(), out var parsed));
            Assert.Equal(kind, parsed);
        }
    }

    [Theory]
    [InlineData("schule", SiteKind.School)]
    [InlineData("  Kita ", SiteKind.Kita)]
    [InlineData("Sportstaette", SiteKind.SportsFacility)]
    [InlineData("FEUERWEHR", SiteKind.FireStation)]
    public void Codes_parse_case_insensitively_with_ae_for_umlaut(string code, SiteKind expected)
    {
        Assert.True(SiteKindCodes.TryParse(code, out var kind));
        Assert.Equal(expected, kind);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Schwimmbad")]
    [InlineData("School")]
    public void Unknown_or_empty_codes_do_not_parse(string? code) => Assert.False(SiteKindCodes.TryParse(code, out _));
}
