using Infra.Core.Plans;

namespace Infra.Core.Language;

/// <summary>
/// The whole glossary as <c>GET /api/glossary</c> serves it: every domain, and the formats people read (date pattern,
/// decimal and group separators, the collation of sorted names as a BCP 47 tag for <c>Intl.Collator</c>).
/// </summary>
[SnakeCaseJson]
public sealed record GlossaryDocument(IReadOnlyList<GlossaryDomain> Domains, string DateFormat, string DecimalSeparator,
    string GroupSeparator, string Collation);
