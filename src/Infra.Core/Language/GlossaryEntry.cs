using Infra.Core.Plans;

namespace Infra.Core.Language;

/// <summary>One code of a glossary domain, its German label and, where the term needs one, a short explanation.</summary>
[SnakeCaseJson]
public sealed record GlossaryEntry(string Code, string Label, string? Explanation = null);
