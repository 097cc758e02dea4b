using Infra.Core.Plans;

namespace Infra.Core.Language;

/// <summary>A set of codes with their German labels (e.g. domain <c>technology</c>: fibre → LWL-Eigenbau).</summary>
[SnakeCaseJson]
public sealed record GlossaryDomain(string Name, IReadOnlyList<GlossaryEntry> Entries)
{
    /// <summary>The entry of <paramref name="code"/>, or null.</summary>
    public GlossaryEntry? Find(string code) => Entries.FirstOrDefault(e => string.Equals(e.Code, code, StringComparison.Ordinal));
}
