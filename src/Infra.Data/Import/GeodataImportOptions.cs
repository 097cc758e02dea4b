using Infra.Geo.Plausibility;

namespace Infra.Data.Import;

/// <summary>How <see cref="GeodataImport"/> treats the layers it is given.</summary>
public sealed record GeodataImportOptions
{
    /// <summary>Delete rows of the imported layers whose id the import does not contain.</summary>
    public bool RemoveMissing { get; init; }

    /// <summary>Plausibility warnings become errors: nothing is written when there is any.</summary>
    public bool Strict { get; init; }

    /// <summary>Source label for sites that carry none (<c>--quelle</c>); null leaves them as read.</summary>
    public string? Source { get; init; }

    public PlausibilityOptions Plausibility { get; init; } = new();

    /// <summary>Who imports, for the import log: <c>cli</c>, <c>api</c>.</summary>
    public string Origin { get; init; } = "cli";
}
